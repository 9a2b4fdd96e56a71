import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { Candidate } from '@web/modules/candidates/hooks/useCandidates';
import { useCreateCandidate } from '@web/modules/candidates/hooks/useCreateCandidate';
import { useFetchLatestCandidate } from '@web/modules/candidates/hooks/useFetchLatestCandidate';
import { useUpdateCandidate } from '@web/modules/candidates/hooks/useUpdateCandidate';
import { ApiError } from '@web/modules/shared/utils/apiError';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { CandidateForm } from './CandidateForm';

vi.mock('@web/modules/candidates/hooks/useCreateCandidate', () => ({
  useCreateCandidate: vi.fn(),
}));
vi.mock('@web/modules/candidates/hooks/useUpdateCandidate', () => ({
  useUpdateCandidate: vi.fn(),
}));
vi.mock('@web/modules/candidates/hooks/useFetchLatestCandidate', () => ({
  useFetchLatestCandidate: vi.fn(),
}));

const createCandidate = vi.fn();
const updateCandidate = vi.fn();
const fetchLatestCandidate = vi.fn();

function candidateFixture(overrides: Partial<Candidate> = {}): Candidate {
  return {
    id: 'candidate-1',
    name: 'Dana Doe',
    email: 'dana@example.test',
    targetRole: 'Data scientist',
    notes: '',
    version: 1,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

describe(CandidateForm.name, () => {
  beforeEach(() => {
    createCandidate.mockReset();
    updateCandidate.mockReset();
    fetchLatestCandidate.mockReset();
    vi.mocked(useCreateCandidate).mockReturnValue({
      createCandidate,
      isCreating: false,
    });
    vi.mocked(useUpdateCandidate).mockReturnValue({
      updateCandidate,
      isUpdating: false,
    });
    vi.mocked(useFetchLatestCandidate).mockReturnValue(fetchLatestCandidate);
  });

  it('should create the candidate with blank optional fields as null', async () => {
    createCandidate.mockResolvedValue(candidateFixture());
    const onCreated = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<CandidateForm onCreated={onCreated} />);

    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Dana');
    await user.click(screen.getByRole('button', { name: 'Add candidate' }));

    expect(createCandidate).toHaveBeenCalledWith({
      name: 'Dana',
      email: null,
      targetRole: null,
      notes: '',
    });
    expect(onCreated).toHaveBeenCalledWith(candidateFixture());
  });

  it('should show the API error next to the field it names', async () => {
    createCandidate.mockRejectedValue(
      new ApiError(
        'BAD_USER_INPUT',
        'email must be a valid email address',
        'email',
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<CandidateForm />);

    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Dana');
    await user.type(screen.getByRole('textbox', { name: /^Email/ }), 'x@y.zz');
    await user.click(screen.getByRole('button', { name: 'Add candidate' }));

    expect(
      await screen.findByText('email must be a valid email address'),
    ).toBeTruthy();
    expect(
      screen
        .getByRole('textbox', { name: /^Email/ })
        .getAttribute('aria-invalid'),
    ).toBe('true');

    await user.type(screen.getByRole('textbox', { name: /^Email/ }), 'z');
    expect(
      screen.queryByText('email must be a valid email address'),
    ).toBeNull();
    expect(
      screen
        .getByRole('textbox', { name: /^Email/ })
        .getAttribute('aria-invalid'),
    ).not.toBe('true');
  });

  it('should offer their version and overwrite it with mine when the save conflicts', async () => {
    updateCandidate
      .mockRejectedValueOnce(
        new ApiError('CONFLICT', 'Changed by someone else', 'expectedVersion'),
      )
      .mockResolvedValueOnce(
        candidateFixture({ version: 3, targetRole: 'ML engineer' }),
      );
    fetchLatestCandidate.mockResolvedValue(
      candidateFixture({ version: 2, notes: 'Strong SQL.' }),
    );
    const user = userEvent.setup();
    renderWithProviders(<CandidateForm candidate={candidateFixture()} />);

    const role = screen.getByRole('textbox', { name: /^Target role/ });
    await user.clear(role);
    await user.type(role, 'ML engineer');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const table = await screen.findByRole('table', {
      name: 'Candidate, theirs and yours',
    });
    expect(
      within(table).getByRole('row', { name: /Notes/ }).textContent,
    ).toContain('Strong SQL.');
    expect(
      within(table).getByRole('row', { name: /Target role/ }).textContent,
    ).toContain('ML engineer');
    await user.click(
      screen.getByRole('button', { name: 'Overwrite with mine' }),
    );

    expect(updateCandidate).toHaveBeenLastCalledWith(
      expect.objectContaining({
        id: 'candidate-1',
        expectedVersion: 2,
        targetRole: 'ML engineer',
        notes: '',
      }),
    );
  });
});
