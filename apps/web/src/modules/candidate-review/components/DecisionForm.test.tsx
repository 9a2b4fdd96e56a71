import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useRecordDecision } from '@web/modules/candidate-review/hooks/useRecordDecision';
import { ApiError } from '@web/modules/shared/utils/apiError';
import { notify } from '@web/modules/shared/utils/notify';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { DecisionForm } from './DecisionForm';

vi.mock('@web/modules/candidate-review/hooks/useRecordDecision', () => ({
  useRecordDecision: vi.fn(),
}));
vi.mock('@web/modules/shared/utils/notify', () => ({ notify: vi.fn() }));

const recordDecision = vi.fn();

const rationaleField = () =>
  screen.getByRole<HTMLTextAreaElement>('textbox', { name: /Rationale/ });

describe(DecisionForm.name, () => {
  beforeEach(() => {
    recordDecision.mockReset();
    vi.mocked(useRecordDecision).mockReturnValue({
      recordDecision,
      isRecording: false,
    });
  });

  it('should offer the five decisions with readable labels', () => {
    renderWithProviders(<DecisionForm candidateId="candidate-1" />);

    const group = screen.getByRole('radiogroup', { name: /Decision/ });
    const labels = Array.from(
      group.querySelectorAll<HTMLInputElement>('input[type="radio"]'),
    ).map((input) => (input.labels?.[0]?.textContent ?? '').trim());

    expect(labels).toEqual([
      'Advance',
      'Hold',
      'Reject',
      'Ready',
      'Needs practice',
    ]);
  });

  it('should require a decision and a rationale when submitted empty', async () => {
    const user = userEvent.setup();
    renderWithProviders(<DecisionForm candidateId="candidate-1" />);

    await user.click(screen.getByRole('button', { name: 'Record decision' }));

    expect(screen.getByText('Choose a decision')).toBeTruthy();
    expect(
      screen.getByText(
        'Give the rationale: what in the scorecards supports it',
      ),
    ).toBeTruthy();
    expect(
      screen
        .getByRole('textbox', { name: /Rationale/ })
        ?.getAttribute('aria-invalid'),
    ).toBe('true');
    expect(recordDecision).not.toHaveBeenCalled();
  });

  it('should record the chosen decision with the trimmed rationale', async () => {
    recordDecision.mockResolvedValue(undefined);
    const user = userEvent.setup();
    renderWithProviders(<DecisionForm candidateId="candidate-1" />);

    await user.click(screen.getByRole('radio', { name: 'Needs practice' }));
    await user.type(
      screen.getByRole('textbox', { name: /Rationale/ }),
      '  Practise system design first.  ',
    );
    await user.click(screen.getByRole('button', { name: 'Record decision' }));

    expect(recordDecision).toHaveBeenCalledWith({
      decision: 'NEEDS_PRACTICE',
      rationale: 'Practise system design first.',
    });
    expect(notify).toHaveBeenCalledWith({
      color: 'green',
      message: 'Decision recorded: Needs practice',
    });
    expect(rationaleField().value).toBe('');
  });

  it('should show the API’s refusal next to the rationale', async () => {
    recordDecision.mockRejectedValue(
      new ApiError(
        'BAD_USER_INPUT',
        'Give the rationale for the decision',
        'rationale',
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<DecisionForm candidateId="candidate-1" />);

    await user.click(screen.getByRole('radio', { name: 'Hold' }));
    await user.type(screen.getByRole('textbox', { name: /Rationale/ }), 'Wait');
    await user.click(screen.getByRole('button', { name: 'Record decision' }));

    expect(
      await screen.findByText('Give the rationale for the decision'),
    ).toBeTruthy();
    expect(rationaleField().value).toBe('Wait');
  });
});
