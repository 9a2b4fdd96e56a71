import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@web/testing/renderWithProviders';

import { RoomPresenceList } from './RoomPresenceList';

const person = (
  id: string,
  name: string,
  role: 'LEAD' | 'CO_INTERVIEWER' | null,
) => ({
  __typename: 'RoomPresence' as const,
  role,
  since: '2026-12-01T10:00:00Z',
  user: { __typename: 'User' as const, id, name },
});

describe(RoomPresenceList.name, () => {
  it('should name everyone else in the room with their seat, and the viewer as you', () => {
    renderWithProviders(
      <RoomPresenceList
        viewerId="ana"
        present={[
          person('ana', 'Ana', 'LEAD'),
          person('ben', 'Ben', 'CO_INTERVIEWER'),
          person('cara', 'Cara', null),
        ]}
      />,
    );

    expect(screen.getByText('You')).toBeTruthy();
    expect(screen.getByText('Ben (Co-interviewer)')).toBeTruthy();
    expect(screen.getByText('Cara (Coordinator)')).toBeTruthy();
    expect(screen.queryByText(/Ana/)).toBeNull();
  });

  it('should say when nobody else has the room open', () => {
    renderWithProviders(<RoomPresenceList viewerId="ana" present={[]} />);

    expect(screen.getByText('nobody else yet')).toBeTruthy();
  });
});
