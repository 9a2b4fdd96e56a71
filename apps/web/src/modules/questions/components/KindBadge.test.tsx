import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@web/testing/renderWithProviders';

import { KindBadge } from './KindBadge';

describe(KindBadge.name, () => {
  it('should show the kind’s name as written, not a capitalised slug', () => {
    renderWithProviders(
      <KindBadge kindName="Clinical judgment" kindKey="clinical-judgment" />,
    );
    const badge = screen.getByText('Clinical judgment');

    expect(
      badge.closest('.mantine-Badge-root')?.getAttribute('style') ?? '',
    ).toContain('text-transform: none');
    expect(screen.queryByText('clinical-judgment')).toBeNull();
  });
});
