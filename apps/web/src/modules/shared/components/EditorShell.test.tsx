import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '@web/testing/renderWithProviders';

import { EditorShell, type EditorShellProps } from './EditorShell';
import { SectionPanel } from './SectionPanel';

function renderShell(overrides: Partial<EditorShellProps> = {}) {
  const onSubmit = vi.fn(() => Promise.resolve());
  renderWithProviders(
    <EditorShell
      label="Interview kit"
      errorTitle="The kit was not saved"
      formError={null}
      onSubmit={onSubmit}
      saveBar={{
        submitLabel: 'Save changes',
        version: 4,
        isDirty: true,
        isSaving: false,
      }}
      {...overrides}
    >
      <SectionPanel
        title="Details"
        headingId="details-heading"
        aside={<span>2 questions</span>}
      >
        <input aria-label="Name" />
      </SectionPanel>
    </EditorShell>,
  );

  return { onSubmit };
}

describe(EditorShell.name, () => {
  it('should frame the sections with the save bar and submit without reloading', async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderShell();

    const form = screen.getByRole('form', { name: 'Interview kit' });
    const section = within(form).getByRole('region', { name: 'Details' });
    expect(within(section).getByText('2 questions')).toBeTruthy();
    expect(within(form).getByText('Version 4')).toBeTruthy();
    expect(within(form).getByText('Unsaved changes')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('should show why the save failed under its title when there is a form error', () => {
    renderShell({ formError: 'Fix the marked fields, then save again.' });

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The kit was not saved');
    expect(alert.textContent).toContain(
      'Fix the marked fields, then save again.',
    );
  });

  it('should render the conflict dialog it is given and turn the button off while resolving', () => {
    renderShell({
      conflict: <div role="dialog" aria-label="Conflict" />,
      saveBar: {
        submitLabel: 'Save changes',
        version: 4,
        isDirty: true,
        isSaving: false,
        isDisabled: true,
      },
    });

    expect(screen.getByRole('dialog', { name: 'Conflict' })).toBeTruthy();
    const button = screen.getByRole<HTMLButtonElement>('button', {
      name: 'Save changes',
    });
    expect(button.disabled).toBe(true);
  });
});
