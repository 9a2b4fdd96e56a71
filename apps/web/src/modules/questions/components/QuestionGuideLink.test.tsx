import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@web/testing/renderWithProviders';

import { QuestionGuideLink } from './QuestionGuideLink';

describe(QuestionGuideLink.name, () => {
  it('should link to the guide page', () => {
    renderWithProviders(
      <QuestionGuideLink
        guide={{ id: 'g-1', title: 'Deep learning', deletedAt: null }}
      />,
    );

    expect(
      screen.getByRole('link', { name: 'Deep learning' }).getAttribute('href'),
    ).toBe('/guides/g-1');
  });

  it('should name a deleted guide without a link to a page that is gone', () => {
    renderWithProviders(
      <QuestionGuideLink
        guide={{
          id: 'g-1',
          title: 'Deep learning',
          deletedAt: '2026-12-07T10:00:00.000Z',
        }}
      />,
    );

    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Deep learning (deleted guide)')).toBeTruthy();
  });
});
