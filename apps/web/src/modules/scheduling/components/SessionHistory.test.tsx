import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { SessionEvent } from '@web/modules/scheduling/hooks/useSession';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { SessionHistory } from './SessionHistory';

const SCHEDULED: SessionEvent = {
  kind: 'SCHEDULED',
  reason: null,
  at: '2030-03-01T10:00:00.000Z',
  actorName: 'Cora Coordinator',
  previousStartsAt: null,
  newStartsAt: '2030-03-04T09:00:00.000Z',
  overrodePolicy: false,
  overrodeAvailability: false,
  availabilityOverrideReason: null,
  availabilityViolations: [],
  party: null,
};

describe(SessionHistory.name, () => {
  it('should show a booking that overrode the booking rule, with its reason and the rules it broke', () => {
    renderWithProviders(
      <SessionHistory
        history={[
          {
            ...SCHEDULED,
            overrodeAvailability: true,
            availabilityOverrideReason: 'Only slot before the offer deadline',
            availabilityViolations: [
              {
                userId: 'user-ana',
                name: 'Ana Lopez',
                rule: 'OUTSIDE_AVAILABILITY',
                detail:
                  'is not available Mon 2030-03-04 04:00–05:00 (America/New_York)',
              },
              {
                userId: null,
                name: null,
                rule: 'MINIMUM_NOTICE',
                detail:
                  "starts sooner than the team's minimum notice of 60 minutes",
              },
            ],
          },
        ]}
        durationMinutes={60}
        viewerZone="UTC"
      />,
    );

    const override = screen.getByTestId('availability-override');
    expect(override.textContent).toContain('Booked outside the booking rule');
    expect(override.textContent).toContain(
      'Override reason: Only slot before the offer deadline',
    );
    expect(
      within(override)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Outside availability: Ana Lopez is not available Mon 2030-03-04 04:00–05:00 (America/New_York)',
      "Minimum notice: The session starts sooner than the team's minimum notice of 60 minutes",
    ]);
  });

  it('should say nothing of an override when the booking kept the rule', () => {
    renderWithProviders(
      <SessionHistory
        history={[SCHEDULED]}
        durationMinutes={60}
        viewerZone="UTC"
      />,
    );

    expect(screen.getByText('Scheduled')).toBeTruthy();
    expect(screen.queryByTestId('availability-override')).toBeNull();
  });
});
