import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useDeleteCandidate } from '@web/modules/candidates/hooks/useDeleteCandidate';
import { ApiError } from '@web/modules/shared/utils/apiError';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { DeleteCandidateModal } from './DeleteCandidateModal';

vi.mock('@web/modules/candidates/hooks/useDeleteCandidate', () => ({
  useDeleteCandidate: vi.fn(),
}));

const deleteCandidate = vi.fn();

function renderModal() {
  const onDeleted = vi.fn();
  renderWithProviders(
    <DeleteCandidateModal
      candidateId="cand-1"
      candidateName="Dana Doe"
      isOpen
      onClose={() => undefined}
      onDeleted={onDeleted}
    />,
  );

  return { onDeleted };
}

describe(DeleteCandidateModal.name, () => {
  beforeEach(() => {
    deleteCandidate.mockReset();
    vi.mocked(useDeleteCandidate).mockReturnValue({
      deleteCandidate,
      isDeleting: false,
    });
  });

  it('should delete only once the name is typed, with the reason given', async () => {
    const user = userEvent.setup();
    deleteCandidate.mockResolvedValue(undefined);
    const { onDeleted } = renderModal();
    const confirm = await screen.findByRole('button', {
      name: 'Delete for good',
    });
    expect(confirm.hasAttribute('disabled')).toBe(true);

    await user.type(
      screen.getByRole('textbox', { name: /Reason/ }),
      'Asked by email',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Type “Dana Doe” to confirm' }),
      'Dana Do',
    );
    expect(confirm.hasAttribute('disabled')).toBe(true);
    await user.type(
      screen.getByRole('textbox', { name: 'Type “Dana Doe” to confirm' }),
      'e',
    );
    await user.click(confirm);

    expect(deleteCandidate).toHaveBeenCalledWith('cand-1', 'Asked by email');
    expect(onDeleted).toHaveBeenCalledTimes(1);
  });

  it('should ask for a reason before calling the server', async () => {
    const user = userEvent.setup();
    renderModal();

    await user.type(
      await screen.findByRole('textbox', {
        name: 'Type “Dana Doe” to confirm',
      }),
      'Dana Doe',
    );
    await user.click(screen.getByRole('button', { name: 'Delete for good' }));

    expect(
      screen.getByText(
        'Say why the candidate is deleted (kept in the audit log)',
      ),
    ).toBeTruthy();
    expect(deleteCandidate).not.toHaveBeenCalled();
  });

  it('should show the server’s answer and keep the dialog open', async () => {
    const user = userEvent.setup();
    deleteCandidate.mockRejectedValue(
      new ApiError('NOT_FOUND', 'Candidate not found'),
    );
    const { onDeleted } = renderModal();

    await user.type(
      await screen.findByRole('textbox', { name: /Reason/ }),
      'Asked by phone',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Type “Dana Doe” to confirm' }),
      'Dana Doe',
    );
    await user.click(screen.getByRole('button', { name: 'Delete for good' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Candidate not found',
    );
    expect(onDeleted).not.toHaveBeenCalled();
  });
});
