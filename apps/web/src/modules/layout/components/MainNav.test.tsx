import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@web/testing/renderWithProviders';

import { MainNav } from './MainNav';

function navLabels(): string[] {
  return within(screen.getByRole('list'))
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

describe(MainNav.name, () => {
  it('should show the Team link when the viewer is a coordinator', () => {
    renderWithProviders(<MainNav role="COORDINATOR" />, { route: '/team' });

    expect(navLabels()).toContain('Team');
    expect(
      screen.getByRole('link', { name: 'Team' }).getAttribute('aria-current'),
    ).toBe('page');
    expect(
      screen.getByRole('link', { name: 'Home' }).getAttribute('aria-current'),
    ).toBeNull();
  });

  it('should not show the Team link when the viewer is an interviewer', () => {
    renderWithProviders(<MainNav role="INTERVIEWER" />);

    expect(navLabels()[0]).toBe('Home');
    expect(screen.queryByRole('link', { name: 'Team' })).toBeNull();
  });
});
