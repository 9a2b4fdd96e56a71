import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '@web/testing/renderWithProviders';

import { TimeZoneSelect } from './TimeZoneSelect';

describe(TimeZoneSelect.name, () => {
  it('should show the zone and its default label and description when none are given', () => {
    renderWithProviders(
      <TimeZoneSelect value="America/New_York" onChange={vi.fn()} />,
    );
    const input = screen.getByRole<HTMLInputElement>('combobox', {
      name: 'Time zone',
    });

    expect(input.value).toBe('America/New_York');
    expect(
      screen.getByText('Interview times are shown in this zone'),
    ).toBeTruthy();
  });

  it('should show readable names and no description when asked to', () => {
    renderWithProviders(
      <TimeZoneSelect
        label="Session time zone"
        description={null}
        hasReadableLabels
        value="America/New_York"
        onChange={vi.fn()}
      />,
    );
    const input = screen.getByRole<HTMLInputElement>('combobox', {
      name: 'Session time zone',
    });

    expect(input.value).toBe('America/New York');
    expect(screen.queryByText('Interview times are shown in this zone')).toBe(
      null,
    );
  });

  it('should offer a stored zone the browser does not list and report the zone picked', async () => {
    const onChange = vi.fn();
    renderWithProviders(
      <TimeZoneSelect value="Etc/Legacy_Zone" onChange={onChange} />,
    );
    const input = screen.getByRole<HTMLInputElement>('combobox', {
      name: 'Time zone',
    });
    // A value missing from the options would show an empty field.
    expect(input.value).toBe('Etc/Legacy_Zone');

    await userEvent.clear(input);
    await userEvent.type(input, 'Europe/Par');
    await userEvent.click(
      await screen.findByRole('option', { name: 'Europe/Paris' }),
    );

    expect(onChange).toHaveBeenCalledWith('Europe/Paris');
  });
});
