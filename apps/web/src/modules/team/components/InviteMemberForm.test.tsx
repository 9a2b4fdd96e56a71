import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { ApiError } from '@web/modules/shared/utils/apiError';
import { useInviteMember } from '@web/modules/team/hooks/useInviteMember';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { InviteMemberForm } from './InviteMemberForm';

vi.mock('@web/modules/team/hooks/useInviteMember', () => ({
  useInviteMember: vi.fn(),
}));

const inviteMember = vi.fn();
const INVITE_URL =
  'http://localhost:3000/invite/abcdefghijklmnopqrstuvwxyz012345';

describe(InviteMemberForm.name, () => {
  beforeEach(() => {
    inviteMember.mockReset();
    vi.mocked(useInviteMember).mockReturnValue({
      inviteMember,
      isInviting: false,
    });
  });

  it('should show the one-time link with a copy button when the invite is created', async () => {
    // Arrange
    inviteMember.mockResolvedValue({
      url: INVITE_URL,
      invite: {
        id: 'invite-1',
        email: 'newhire@panelwise.test',
        role: 'INTERVIEWER',
        status: 'PENDING',
        invitedByName: 'Cora Coordinator',
        createdAt: '2026-11-25T09:00:00.000Z',
        expiresAt: '2026-12-02T09:00:00.000Z',
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<InviteMemberForm timeZone="UTC" />);

    // Act
    await user.type(screen.getByLabelText(/^Email/), 'newhire@panelwise.test');
    await user.click(
      screen.getByRole('button', { name: 'Create invite link' }),
    );

    // Assert
    const link = await screen.findByLabelText<HTMLInputElement>(
      'One-time invite link',
    );
    expect(link.value).toBe(INVITE_URL);
    expect(link.readOnly).toBe(true);
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeTruthy();
    expect(
      screen.getByText('Invite created for newhire@panelwise.test'),
    ).toBeTruthy();
    expect(inviteMember).toHaveBeenCalledWith({
      email: 'newhire@panelwise.test',
      role: 'INTERVIEWER',
    });
    expect(screen.getByLabelText<HTMLInputElement>(/^Email/).value).toBe('');
  });

  it('should show the conflict under the email input when the person is already a member', async () => {
    inviteMember.mockRejectedValue(
      new ApiError(
        'CONFLICT',
        'ana@panelwise.test is already a member of this team',
        'email',
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<InviteMemberForm timeZone="UTC" />);

    await user.type(screen.getByLabelText(/^Email/), 'ana@panelwise.test');
    await user.click(
      screen.getByRole('button', { name: 'Create invite link' }),
    );

    expect(
      await screen.findByText(
        'ana@panelwise.test is already a member of this team',
      ),
    ).toBeTruthy();
    expect(screen.queryByLabelText('One-time invite link')).toBeNull();
  });

  it('should show an error without a field in an alert', async () => {
    inviteMember.mockRejectedValue(
      new ApiError('FORBIDDEN', 'This needs the COORDINATOR role'),
    );
    const user = userEvent.setup();
    renderWithProviders(<InviteMemberForm timeZone="UTC" />);

    await user.type(screen.getByLabelText(/^Email/), 'x@panelwise.test');
    await user.click(
      screen.getByRole('button', { name: 'Create invite link' }),
    );

    expect((await screen.findByRole('alert')).textContent).toContain(
      'This needs the COORDINATOR role',
    );
  });
});
