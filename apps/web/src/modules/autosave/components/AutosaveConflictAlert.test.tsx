import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '@web/testing/renderWithProviders';

import { AutosaveConflictAlert } from './AutosaveConflictAlert';

function renderAlert(canTake: boolean) {
  const onKeepMine = vi.fn();
  const onTake = vi.fn();
  renderWithProviders(
    <AutosaveConflictAlert
      title="Changed elsewhere"
      message="Choose a version."
      takeLabel="Use the stored version"
      canTake={canTake}
      onKeepMine={onKeepMine}
      onTake={onTake}
    >
      <p>both versions</p>
    </AutosaveConflictAlert>,
  );

  return { onKeepMine, onTake };
}

describe(AutosaveConflictAlert.name, () => {
  it('should offer both choices in an alert when the stored version is known', async () => {
    const { onKeepMine, onTake } = renderAlert(true);
    const alert = screen.getByRole('alert');

    expect(alert.textContent).toContain('Changed elsewhere');
    expect(alert.textContent).toContain('both versions');
    await userEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    await userEvent.click(
      screen.getByRole('button', { name: 'Use the stored version' }),
    );

    expect(onKeepMine).toHaveBeenCalledTimes(1);
    expect(onTake).toHaveBeenCalledTimes(1);
  });

  it('should disable taking the stored version when it could not be read', () => {
    renderAlert(false);

    expect(
      screen
        .getByRole('button', { name: 'Use the stored version' })
        .hasAttribute('disabled'),
    ).toBe(true);
  });
});
