import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import type { AuditEvent } from '@web/modules/audit/hooks/useAuditEvents';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { AuditEventsTable } from './AuditEventsTable';

const SESSION_ID = '3f2a1b4c-0000-4000-8000-00000000c1d9';

function event(overrides: Partial<AuditEvent>): AuditEvent {
  return {
    id: 'event-1',
    at: '2026-03-10T09:30:00.000Z',
    action: 'session.scheduled',
    actor: { id: 'user-1', name: 'Cora Coordinator' },
    recordType: 'session',
    recordId: SESSION_ID,
    recordName: 'Interview with Jordan Lee',
    details: '{}',
    ...overrides,
  };
}

describe(AuditEventsTable.name, () => {
  it('should show time, actor, action, a link to the record and the details as text', () => {
    renderWithProviders(
      <AuditEventsTable
        timeZone="UTC"
        onShowRecord={vi.fn()}
        events={[
          event({
            details: JSON.stringify({ reason: '<img src=x onerror=alert(1)>' }),
          }),
          event({
            id: 'event-2',
            action: 'member.role_changed',
            actor: null,
            recordType: 'membership',
            recordId: 'membership-7',
            recordName: 'Ben Interviewer',
            details: JSON.stringify({ from: 'INTERVIEWER', to: 'COORDINATOR' }),
          }),
        ]}
      />,
    );

    expect(
      screen.getByRole('columnheader', { name: 'Time (UTC)' }),
    ).toBeTruthy();
    const [scheduled, roleChanged] = screen.getAllByTestId('audit-row');
    expect(within(scheduled).getByText('Cora Coordinator')).toBeTruthy();
    expect(within(scheduled).getByText('Scheduled an interview')).toBeTruthy();
    expect(within(scheduled).queryByText('session.scheduled')).toBeNull();
    expect(within(scheduled).getByText('Interview')).toBeTruthy();
    expect(
      within(scheduled)
        .getByRole('link', { name: 'Interview with Jordan Lee' })
        .getAttribute('href'),
    ).toBe(`/sessions/${SESSION_ID}`);
    expect(
      within(scheduled).getByText('reason: <img src=x onerror=alert(1)>'),
    ).toBeTruthy();
    expect(scheduled.querySelector('img')).toBeNull();

    expect(within(roleChanged).getByText('System')).toBeTruthy();
    expect(
      within(roleChanged).getByText('Changed a member’s role'),
    ).toBeTruthy();
    expect(within(roleChanged).getByText('Member')).toBeTruthy();
    expect(within(roleChanged).getByText('Ben Interviewer')).toBeTruthy();
    expect(within(roleChanged).queryByRole('link')).toBeNull();
    expect(
      within(roleChanged).getByText('from: INTERVIEWER · to: COORDINATOR'),
    ).toBeTruthy();
  });

  it('should say so when the record is gone', () => {
    renderWithProviders(
      <AuditEventsTable
        events={[event({ recordName: null })]}
        timeZone="UTC"
        onShowRecord={vi.fn()}
      />,
    );

    expect(screen.getByText('Deleted or not named (3f2a…c1d9)')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('should narrow the log to a record when its history is asked for', async () => {
    const onShowRecord = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(
      <AuditEventsTable
        events={[event({})]}
        timeZone="UTC"
        onShowRecord={onShowRecord}
      />,
    );

    await user.click(
      screen.getByRole('button', {
        name: 'Show the history of interview Interview with Jordan Lee',
      }),
    );

    expect(onShowRecord).toHaveBeenCalledWith('session', SESSION_ID);
  });
});
