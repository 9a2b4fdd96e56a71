import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { ModelAnswerNode } from '@web/modules/questions/types/answer';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { ModelAnswer } from './ModelAnswer';

describe(ModelAnswer.name, () => {
  it('should render nested fields as lists, ordered when the guide numbered them', () => {
    // Arrange
    const answer: ModelAnswerNode = {
      summary: 'Backpropagation adjusts **weights** from the loss.',
      fields: [
        { label: 'Description', text: 'Minimises the `loss` function.' },
        {
          label: 'Process',
          ordered: true,
          children: [
            { label: 'Forward Pass', text: 'Compute the loss.' },
            {
              label: 'Backward Pass',
              children: [
                {
                  label: 'Chain rule',
                  items: [
                    'Multiply local gradients.',
                    'Reuse *cached* values.',
                  ],
                },
              ],
            },
          ],
        },
        {
          label: 'Pitfalls',
          items: ['Vanishing gradients.', 'Overfitting.'],
        },
      ],
      parts: [],
    };

    // Act
    const { container } = renderWithProviders(<ModelAnswer answer={answer} />);

    // Assert
    expect(container.querySelector('strong')?.textContent).toBe('weights');
    expect(container.querySelector('code')?.textContent).toBe('loss');
    const labels = [...container.querySelectorAll('dl > div > dt')].map(
      (dt) => dt.textContent,
    );
    expect(labels).toEqual(['Description', 'Process', 'Pitfalls']);
    const steps = container.querySelector('ol');
    expect(steps).not.toBeNull();
    const stepItems = within(steps as HTMLElement).getAllByRole('listitem');
    expect(stepItems[0]?.textContent).toBe('Forward Pass: Compute the loss.');
    // The third level (a field's items under a child of a child) is shown too.
    expect(screen.getByText('Chain rule:')).toBeTruthy();
    expect(screen.getByText('cached').tagName).toBe('EM');
    expect(screen.getByText('Vanishing gradients.')).toBeTruthy();
  });

  it('should show each named part as its own section with its fields', () => {
    const answer: ModelAnswerNode = {
      summary: null,
      fields: [],
      parts: [
        {
          title: 'Batch Normalization',
          fields: [{ label: 'Description', text: 'Per mini-batch.' }],
        },
        {
          title: 'Layer Normalization',
          fields: [
            { label: 'Description', text: 'Per training case.' },
            { label: 'Pitfalls', items: ['Ignores batch statistics.'] },
          ],
        },
      ],
    };

    renderWithProviders(<ModelAnswer answer={answer} partHeadingOrder={3} />);

    const batch = screen.getByRole('region', { name: 'Batch Normalization' });
    const layer = screen.getByRole('region', { name: 'Layer Normalization' });
    expect(within(batch).getByRole('heading', { level: 3 }).textContent).toBe(
      'Batch Normalization',
    );
    expect(batch.textContent).toContain('Per mini-batch.');
    expect(layer.textContent).toContain('Per training case.');
    expect(within(layer).getByRole('listitem').textContent).toBe(
      'Ignores batch statistics.',
    );
  });

  it('should render a fenced code block as preformatted text when a field holds code', () => {
    const { container } = renderWithProviders(
      <ModelAnswer
        answer={{
          fields: [
            {
              label: 'Example',
              text: 'Run this:\n```sql\nSELECT *\nFROM orders;\n```',
            },
          ],
          parts: [],
        }}
      />,
    );

    expect(container.querySelector('pre')?.textContent).toBe(
      'SELECT *\nFROM orders;',
    );
    expect(screen.getByText('Run this:')).toBeTruthy();
  });

  it('should say so when the guide gives no answer', () => {
    renderWithProviders(
      <ModelAnswer answer={{ summary: null, fields: [], parts: [] }} />,
    );

    expect(
      screen.getByText('The guide gives no model answer for this question.'),
    ).toBeTruthy();
  });
});
