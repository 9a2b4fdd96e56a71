import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import type { KitSnapshot } from '@web/modules/kits/utils/compareKits';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { KitConflictDialog } from './KitConflictDialog';

const theirs: KitSnapshot = {
  version: 4,
  name: 'Data scientist loop',
  targetRole: 'Senior data scientist',
  rubricName: 'Technical interview',
  instructions: 'Keep to time.',
  items: [
    {
      questionId: 'q1',
      prompt: 'Explain batch normalization.',
      plannedMinutes: 10,
    },
    {
      questionId: 'q2',
      prompt: 'Describe a failed project.',
      plannedMinutes: 15,
    },
  ],
};

const mine: KitSnapshot = {
  version: null,
  name: 'Data scientist loop',
  targetRole: 'Data scientist',
  rubricName: 'Technical interview',
  instructions: 'Keep to time.',
  items: [
    {
      questionId: 'q2',
      prompt: 'Describe a failed project.',
      plannedMinutes: 15,
    },
    {
      questionId: 'q1',
      prompt: 'Explain batch normalization.',
      plannedMinutes: 12,
    },
    {
      questionId: 'q3',
      prompt: 'How would you size a cluster?',
      plannedMinutes: 8,
    },
  ],
};

function renderDialog() {
  const callbacks = {
    onKeepTheirs: vi.fn(),
    onSaveMine: vi.fn(),
    onClose: vi.fn(),
  };
  renderWithProviders(
    <KitConflictDialog isOpen theirs={theirs} mine={mine} {...callbacks} />,
  );

  return callbacks;
}

describe(KitConflictDialog.name, () => {
  it('should show both versions side by side with the differences marked', async () => {
    renderDialog();

    const details = await screen.findByRole('table', {
      name: 'Kit details, theirs and yours',
    });
    const roleRow = within(details).getByRole('row', { name: /Target role/ });
    expect(roleRow.textContent).toContain('Senior data scientist');
    expect(roleRow.textContent).toContain('Data scientist');
    expect(roleRow.getAttribute('data-differs')).toBe('true');
    expect(
      within(details)
        .getByRole('row', { name: /^Name/ })
        .getAttribute('data-differs'),
    ).toBeNull();

    const theirColumn = screen.getByRole('region', {
      name: 'Questions in their version (version 4)',
    });
    const myColumn = screen.getByRole('region', {
      name: 'Questions in your version',
    });
    expect(theirColumn.textContent).toContain('2 questions · 25 min');
    expect(myColumn.textContent).toContain('3 questions · 35 min');
    const myItems = within(myColumn).getAllByTestId('conflict-item');
    expect(myItems.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Describe a failed project.'),
      expect.stringContaining('Explain batch normalization.'),
      expect.stringContaining('How would you size a cluster?'),
    ]);
    expect(myItems[2]?.textContent).toContain('Not in theirs');
    expect(myItems[1]?.textContent).toContain('Theirs: 10 min');
    expect(
      within(theirColumn).getAllByText('Order differs').length,
    ).toBeGreaterThan(0);
  });

  it('should call onKeepTheirs when the user keeps their version', async () => {
    const callbacks = renderDialog();
    const user = userEvent.setup();

    await user.click(
      await screen.findByRole('button', { name: 'Keep theirs (discard mine)' }),
    );

    expect(callbacks.onKeepTheirs).toHaveBeenCalledTimes(1);
    expect(callbacks.onSaveMine).not.toHaveBeenCalled();
  });

  it('should call onSaveMine when the user saves over their version', async () => {
    const callbacks = renderDialog();
    const user = userEvent.setup();

    await user.click(
      await screen.findByRole('button', { name: 'Save mine over theirs' }),
    );

    expect(callbacks.onSaveMine).toHaveBeenCalledTimes(1);
    expect(callbacks.onKeepTheirs).not.toHaveBeenCalled();
  });

  it('should call onClose and neither choice when the dialog is dismissed', async () => {
    const callbacks = renderDialog();
    const user = userEvent.setup();

    await user.click(
      await screen.findByRole('button', {
        name: 'Keep editing without choosing',
      }),
    );

    expect(callbacks.onClose).toHaveBeenCalledTimes(1);
    expect(callbacks.onKeepTheirs).not.toHaveBeenCalled();
    expect(callbacks.onSaveMine).not.toHaveBeenCalled();
  });
});
