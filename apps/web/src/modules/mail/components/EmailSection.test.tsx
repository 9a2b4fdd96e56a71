import { notifications } from '@mantine/notifications';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import {
  type MailStatus,
  type OutgoingMessage,
  useMailStatus,
  useOutboxActions,
  useOutgoingMessages,
} from '@web/modules/mail/hooks/useOutbox';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { EmailSection } from './EmailSection';

vi.mock('@mantine/notifications', () => ({
  notifications: { show: vi.fn() },
}));
vi.mock('@web/modules/mail/hooks/useOutbox', () => ({
  useMailStatus: vi.fn(),
  useOutgoingMessages: vi.fn(),
  useOutboxActions: vi.fn(),
}));

const retry = vi.fn();
const sendTestEmail = vi.fn();

function message(overrides: Partial<OutgoingMessage>): OutgoingMessage {
  return {
    id: 'message-1',
    kind: 'INVITE',
    recipientEmail: 'ivo@acme.test',
    subject: 'Frida invited you to Acme Hiring on Panelwise',
    status: 'SENT',
    attempts: 1,
    lastError: null,
    lastStage: null,
    createdAt: '2026-12-07T09:00:00.000Z',
    sentAt: '2026-12-07T09:00:05.000Z',
    ...overrides,
  };
}

function status(overrides: Partial<MailStatus> = {}): MailStatus {
  return {
    isSmtpConfigured: true,
    transport: 'smtp://mail.acme.test:587',
    from: 'Acme Hiring <hiring@acme.test>',
    queued: 0,
    failed: 1,
    held: 0,
    ...overrides,
  };
}

function outbox(nodes: OutgoingMessage[]) {
  vi.mocked(useOutgoingMessages).mockReturnValue({
    nodes,
    totalCount: nodes.length,
    isTotalCountCapped: false,
    hasNextPage: false,
    isLoading: false,
    isRefreshing: false,
    isLoadingMore: false,
    error: null,
    loadMore: vi.fn(),
    retry: vi.fn(),
  });
}

describe(EmailSection.name, () => {
  beforeEach(() => {
    retry.mockReset().mockResolvedValue(message({ status: 'QUEUED' }));
    sendTestEmail
      .mockReset()
      .mockResolvedValue(
        message({ kind: 'TEST', recipientEmail: 'frida@acme.test' }),
      );
    vi.mocked(notifications.show).mockReset();
    vi.mocked(useOutboxActions).mockReturnValue({
      retry,
      sendTestEmail,
      isSendingTest: false,
    });
    vi.mocked(useMailStatus).mockReturnValue({
      mailStatus: status(),
      error: null,
    });
  });

  it('should list each email with its status in the viewer zone, and the SMTP failure stage', () => {
    outbox([
      message({}),
      message({
        id: 'message-2',
        status: 'FAILED',
        attempts: 5,
        sentAt: null,
        lastStage: 'RCPT TO',
        lastError: '550 mailbox unavailable',
      }),
    ]);
    renderWithProviders(<EmailSection timeZone="America/New_York" />);

    const rows = within(
      screen.getByRole('table', { name: 'Outgoing email' }),
    ).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]?.textContent).toContain('Sent');
    expect(rows[1]?.textContent).toContain('4:00 AM');
    expect(rows[1]?.textContent).toContain('America/New York');
    expect(rows[2]?.textContent).toContain('RCPT TO: 550 mailbox unavailable');
    expect(
      screen.getByText(
        'Sent through smtp://mail.acme.test:587 as Acme Hiring <hiring@acme.test>',
      ),
    ).toBeTruthy();
  });

  it('should offer retry only for failed and held email, and queue it again', async () => {
    outbox([
      message({}),
      message({ id: 'message-2', status: 'FAILED', sentAt: null }),
    ]);
    const user = userEvent.setup();
    renderWithProviders(<EmailSection timeZone="UTC" />);

    const buttons = screen.getAllByRole('button', { name: /^Retry the email/ });
    expect(buttons).toHaveLength(1);
    await user.click(buttons[0]);

    expect(retry).toHaveBeenCalledWith('message-2');
    expect(notifications.show).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Queued again' }),
    );
  });

  it('should say mail stays in the outbox when no SMTP server is set, and still send a test', async () => {
    vi.mocked(useMailStatus).mockReturnValue({
      mailStatus: status({
        isSmtpConfigured: false,
        transport: 'outbox only',
        held: 2,
      }),
      error: null,
    });
    outbox([]);
    const user = userEvent.setup();
    renderWithProviders(<EmailSection timeZone="UTC" />);

    expect(screen.getByText('Outbox only: no SMTP server is set')).toBeTruthy();
    expect(screen.getByText('2 held')).toBeTruthy();
    expect(screen.getByText('No email here yet.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Send a test email' }));

    expect(sendTestEmail).toHaveBeenCalledTimes(1);
    expect(notifications.show).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Test email queued',
        message: expect.stringContaining(
          'is held below and printed in the server log',
        ),
      }),
    );
  });

  it('should ask for failed email only when the filter says so', async () => {
    outbox([]);
    const user = userEvent.setup();
    renderWithProviders(<EmailSection timeZone="UTC" />);

    await user.click(screen.getByRole('radio', { name: 'Failed' }));

    expect(useOutgoingMessages).toHaveBeenLastCalledWith('FAILED');
  });
});
