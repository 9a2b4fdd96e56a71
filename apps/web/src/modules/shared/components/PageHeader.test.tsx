import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@web/testing/renderWithProviders';

import { PageHeader } from './PageHeader';

describe(PageHeader.name, () => {
  it('should set the tab title and show the heading, the way back and the description', () => {
    renderWithProviders(
      <PageHeader
        title="New rubric"
        backLink={{ to: '/rubrics', label: 'All rubrics' }}
        description="Competencies interviewers rate."
      />,
    );

    expect(document.title).toBe('New rubric · Panelwise');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'New rubric',
    );
    expect(
      screen.getByRole('link', { name: '← All rubrics' }).getAttribute('href'),
    ).toBe('/rubrics');
    expect(screen.getByText('Competencies interviewers rate.')).toBeTruthy();
  });

  it('should show the actions next to the heading', () => {
    renderWithProviders(
      <PageHeader title="Interview kits" actions={<button>New kit</button>} />,
    );

    expect(screen.getByRole('button', { name: 'New kit' })).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
