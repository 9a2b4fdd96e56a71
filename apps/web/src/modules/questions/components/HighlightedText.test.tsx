import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@web/testing/renderWithProviders';

import { HighlightedText } from './HighlightedText';

describe(HighlightedText.name, () => {
  it('should wrap only the matched segments in <mark> when given a search passage', () => {
    // Arrange
    const segments = [
      { text: 'Normalizes across the ', isMatch: false },
      { text: 'layer', isMatch: true },
      { text: ' features of one ', isMatch: false },
      { text: 'normalization', isMatch: true },
    ];

    // Act
    const { getByTestId } = renderWithProviders(
      <p data-testid="passage">
        <HighlightedText segments={segments} />
      </p>,
    );

    // Assert
    const marks = [...getByTestId('passage').querySelectorAll('mark')].map(
      (mark) => mark.textContent,
    );
    expect(marks).toEqual(['layer', 'normalization']);
    expect(getByTestId('passage').textContent).toBe(
      'Normalizes across the layer features of one normalization',
    );
  });

  it('should render markup in a passage as text, never as HTML', () => {
    const { getByTestId } = renderWithProviders(
      <p data-testid="passage">
        <HighlightedText
          segments={[
            { text: '<img src=x onerror="alert(1)"> use ', isMatch: false },
            { text: '<b>cache</b>', isMatch: true },
          ]}
        />
      </p>,
    );

    expect(getByTestId('passage').querySelector('img')).toBeNull();
    expect(getByTestId('passage').querySelector('b')).toBeNull();
    expect(getByTestId('passage').querySelector('mark')?.textContent).toBe(
      '<b>cache</b>',
    );
  });

  it('should drop Markdown code markers from the passage when the answer holds code', () => {
    const { getByTestId } = renderWithProviders(
      <p data-testid="passage">
        <HighlightedText
          segments={[
            {
              text: 'Return `409 Conflict` when ```sql SELECT ',
              isMatch: false,
            },
            { text: 'key', isMatch: true },
          ]}
        />
      </p>,
    );

    expect(getByTestId('passage').textContent).toBe(
      'Return 409 Conflict when  SELECT key',
    );
  });
});
