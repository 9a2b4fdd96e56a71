import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useKits } from '@web/modules/kits/hooks/useKits';
import { useTeamMembers } from '@web/modules/team/hooks/useTeamMembers';
import { ApiError } from '@web/modules/shared/utils/apiError';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { SchedulingRequestForm } from './SchedulingRequestForm';

vi.mock('@web/modules/kits/hooks/useKits', () => ({ useKits: vi.fn() }));
vi.mock('@web/modules/team/hooks/useTeamMembers', () => ({
  useTeamMembers: vi.fn(),
}));

const member = (id: string, name: string) => ({
  id: `m-${id}`,
  role: 'INTERVIEWER',
  active: true,
  joinedAt: '2030-01-01T00:00:00Z',
  user: { id, name, email: `${id}@acme.test` },
});

describe(SchedulingRequestForm.name, () => {
  beforeEach(() => {
    vi.mocked(useKits).mockReturnValue({
      kits: [{ id: 'kit-1', name: 'Backend loop' }] as never,
      isLoading: false,
      error: null,
      retry: vi.fn(),
    });
    vi.mocked(useTeamMembers).mockReturnValue({
      team: { id: 't', name: 'Acme' },
      members: [member('u-ada', 'Ada'), member('u-ben', 'Ben')] as never,
      activeMemberCount: 2,
      isLoading: false,
      error: null,
      retry: vi.fn(),
    });
  });

  it('should send whole days in the coordinator’s zone, the first person as lead and the notice in minutes', async () => {
    const onSubmit = vi
      .fn()
      .mockResolvedValue({ request: { id: 'r-1', link: 'http://x/book/s' } });
    const onSent = vi.fn();
    renderWithProviders(
      <SchedulingRequestForm
        candidateId="c-1"
        timeZone="America/New_York"
        onSubmit={onSubmit}
        onSent={onSent}
        onCancel={vi.fn()}
      />,
    );

    // Typing opens a searchable select's options (a click alone does not in jsdom).
    await userEvent.type(screen.getByRole('combobox', { name: 'Kit' }), 'B');
    await userEvent.click(
      await screen.findByRole('option', { name: 'Backend loop' }),
    );
    await userEvent.type(
      screen.getByRole('combobox', { name: /must all attend/ }),
      'Be',
    );
    await userEvent.click(await screen.findByRole('option', { name: 'Ben' }));
    await userEvent.type(
      screen.getByRole('combobox', { name: /must all attend/ }),
      'Ad',
    );
    await userEvent.click(await screen.findByRole('option', { name: 'Ada' }));
    const from = screen.getByLabelText('First day offered');
    await userEvent.clear(from);
    await userEvent.type(from, '2031-03-03');
    const to = screen.getByLabelText('Last day offered');
    await userEvent.clear(to);
    await userEvent.type(to, '2031-03-07');
    await userEvent.type(
      screen.getByRole('textbox', { name: /Minimum notice/ }),
      '48',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Email the link' }),
    );

    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        candidateId: 'c-1',
        kitId: 'kit-1',
        panel: [
          { userId: 'u-ben', role: 'LEAD' },
          { userId: 'u-ada', role: 'CO_INTERVIEWER' },
        ],
        windowStart: '2031-03-03T05:00:00.000Z',
        windowEnd: '2031-03-08T05:00:00.000Z',
        minimumNoticeMinutes: 48 * 60,
      }),
    );
    expect(onSent).toHaveBeenCalled();
  });

  it('should show a refusal about the candidate above the form, and one about a field on that field', async () => {
    const onSubmit = vi
      .fn()
      .mockResolvedValueOnce({
        error: new ApiError(
          'BAD_USER_INPUT',
          'Add the candidate’s email address first',
          'candidateId',
        ),
      })
      .mockResolvedValueOnce({
        error: new ApiError(
          'BAD_USER_INPUT',
          'The date range can span at most 60 days',
          'windowEnd',
        ),
      });
    renderWithProviders(
      <SchedulingRequestForm
        candidateId="c-1"
        timeZone="UTC"
        onSubmit={onSubmit}
        onSent={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    // Typing opens a searchable select's options (a click alone does not in jsdom).
    await userEvent.type(screen.getByRole('combobox', { name: 'Kit' }), 'B');
    await userEvent.click(
      await screen.findByRole('option', { name: 'Backend loop' }),
    );

    await userEvent.click(
      screen.getByRole('button', { name: 'Email the link' }),
    );
    expect((await screen.findByRole('alert')).textContent).toContain(
      'email address first',
    );

    await userEvent.click(
      screen.getByRole('button', { name: 'Email the link' }),
    );
    const last = screen.getByLabelText('Last day offered');
    expect(
      await within(
        last.closest('.mantine-InputWrapper-root') as HTMLElement,
      ).findByText('The date range can span at most 60 days'),
    ).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
