import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { useFindSlots } from '@web/modules/scheduling/hooks/useFindSlots';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { SlotFinder } from './SlotFinder';

vi.mock('@web/modules/scheduling/hooks/useFindSlots', () => ({
  useFindSlots: vi.fn(),
}));

const ANA = { id: 'ana', name: 'Ana Lee', timeZone: 'UTC' };
const BEN = { id: 'ben', name: 'Ben Ode', timeZone: 'UTC' };

function slot(start: string, score: number) {
  const end = new Date(Date.parse(start) + 3_600_000).toISOString();

  return { start, end, score, interviewers: [ANA, BEN] };
}

describe(SlotFinder.name, () => {
  it('should list the fairest slots first, say what the star means, and order by time on request', async () => {
    vi.mocked(useFindSlots).mockReturnValue({
      isSearching: false,
      // As the API answers: fairest first, but the earliest slot is a busy one.
      findSlots: vi
        .fn()
        .mockResolvedValue([
          slot('2030-03-05T10:00:00.000Z', 0),
          slot('2030-03-04T09:00:00.000Z', 3),
          slot('2030-03-06T11:00:00.000Z', 1),
        ]),
    });
    const user = userEvent.setup();
    renderWithProviders(
      <SlotFinder
        people={[
          { ...ANA, email: 'ana@example.test' },
          { ...BEN, email: 'ben@example.test' },
        ]}
        durationMinutes={60}
        viewerZone="UTC"
        selectedStart={null}
        onPick={vi.fn()}
      />,
    );

    await user.click(screen.getByRole('button', { name: 'Find slots' }));

    expect(
      await screen.findByText(
        /★ marks the fairest slots: the panel has the fewest other sessions/,
      ),
    ).toBeTruthy();
    const fairestFirst = within(
      screen.getByRole('list', { name: 'Free slots' }),
    ).getAllByRole('button');
    const labels = (buttons: HTMLElement[]) =>
      buttons.map((button) => button.getAttribute('aria-label') ?? '');
    expect(labels(fairestFirst)).toEqual([
      expect.stringMatching(/^Tuesday, March 5 .*, fairest: /),
      expect.stringMatching(/^Wednesday, March 6 [^,]*: /),
      expect.stringMatching(/^Monday, March 4 [^,]*: /),
    ]);
    expect(fairestFirst[0]?.textContent).toContain('★');
    expect(fairestFirst[1]?.textContent).not.toContain('★');

    await user.click(screen.getByText('By time'));
    const byTime = within(
      screen.getByRole('list', { name: 'Free slots' }),
    ).getAllByRole('button');
    expect(labels(byTime).map((label) => label.split(/, |: /)[1])).toEqual([
      'March 4 9:00 AM–10:00 AM',
      'March 5 10:00 AM–11:00 AM',
      'March 6 11:00 AM–12:00 PM',
    ]);
  });
});
