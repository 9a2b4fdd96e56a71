import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { roomQuestion } from '@web/modules/interview-room/testing/roomFixtures';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { RoomControlBar, type RoomControlBarProps } from './RoomControlBar';

function renderBar(overrides: Partial<RoomControlBarProps> = {}) {
  const first = roomQuestion();
  const second = roomQuestion({ id: 'sq-2', position: 1 });
  const props: RoomControlBarProps = {
    item: first,
    index: 0,
    plan: [first, second],
    completedAt: null,
    canRunQuestions: true,
    isBusy: false,
    onMarkAsked: vi.fn(),
    onPrevious: vi.fn(),
    onNext: vi.fn(),
    ...overrides,
  };
  renderWithProviders(<RoomControlBar {...props} />);

  return props;
}

describe(RoomControlBar.name, () => {
  it('should keep the timer, "mark asked" and the next question in one bar', async () => {
    const props = renderBar();
    const bar = screen.getByRole('toolbar', { name: 'Question controls' });

    expect(within(bar).getByText('10 min planned')).toBeTruthy();
    expect(
      within(bar)
        .getByRole('button', { name: 'Previous question' })
        .hasAttribute('disabled'),
    ).toBe(true);
    await userEvent.click(
      within(bar).getByRole('button', { name: 'Mark asked' }),
    );
    await userEvent.click(
      within(bar).getByRole('button', { name: 'Next question' }),
    );

    expect(props.onMarkAsked).toHaveBeenCalledWith(true);
    expect(props.onNext).toHaveBeenCalled();
  });

  it('should offer to undo once the question is asked, and nothing to a shadow', () => {
    renderBar({
      item: roomQuestion({ askedAt: new Date().toISOString() }),
      canRunQuestions: false,
    });

    expect(
      screen
        .getByRole('button', { name: 'Undo asked' })
        .hasAttribute('disabled'),
    ).toBe(true);
  });
});
