import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useAddQuestionToKit } from '@web/modules/kits/hooks/useAddQuestionToKit';
import { ApiError } from '@web/modules/shared/utils/apiError';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { AddToKitModal } from './AddToKitModal';

vi.mock('@web/modules/kits/hooks/useAddQuestionToKit', () => ({
  useAddQuestionToKit: vi.fn(),
}));

const addToKit = vi.fn();

function mockKits() {
  vi.mocked(useAddQuestionToKit).mockReturnValue({
    kits: [
      {
        id: 'kit-ml',
        name: 'ML loop',
        targetRole: 'ML engineer',
        itemCount: 4,
        hasQuestion: false,
      },
      {
        id: 'kit-has',
        name: 'Backend loop',
        targetRole: 'Backend',
        itemCount: 3,
        hasQuestion: true,
      },
      {
        id: 'kit-full',
        name: 'Marathon',
        targetRole: 'Anyone',
        itemCount: 60,
        hasQuestion: false,
      },
    ],
    isLoading: false,
    error: null,
    addToKit,
    isAdding: false,
  });
}

describe(AddToKitModal.name, () => {
  beforeEach(() => {
    addToKit.mockReset();
    mockKits();
  });

  it('should add the question with its minutes to the chosen kit and link to it', async () => {
    const user = userEvent.setup();
    addToKit.mockResolvedValue(undefined);
    renderWithProviders(
      <AddToKitModal questionId="q-1" isOpen onClose={() => undefined} />,
    );

    await user.click(await screen.findByRole('combobox', { name: 'Kit' }));
    await user.click(await screen.findByRole('option', { name: /ML loop/ }));
    const minutes = screen.getByRole('textbox', { name: 'Planned minutes' });
    await user.clear(minutes);
    await user.type(minutes, '15');
    await user.click(screen.getByRole('button', { name: 'Add to kit' }));

    expect(addToKit).toHaveBeenCalledWith({
      kitId: 'kit-ml',
      questionId: 'q-1',
      plannedMinutes: 15,
    });
    const link = await screen.findByRole('link', { name: 'ML loop' });
    expect(link.getAttribute('href')).toBe('/kits/kit-ml');
  });

  it('should offer kits that hold the question already, or are full, as disabled', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <AddToKitModal questionId="q-1" isOpen onClose={() => undefined} />,
    );

    await user.click(await screen.findByRole('combobox', { name: 'Kit' }));

    const already = await screen.findByRole('option', {
      name: /Backend loop \(already in it\)/,
    });
    const full = screen.getByRole('option', { name: /Marathon \(full\)/ });
    expect(already.getAttribute('data-combobox-disabled')).toBe('true');
    expect(full.getAttribute('data-combobox-disabled')).toBe('true');
  });

  it('should ask for a kit before calling the server, and show a field error the server names', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <AddToKitModal questionId="q-1" isOpen onClose={() => undefined} />,
    );

    await user.click(await screen.findByRole('button', { name: 'Add to kit' }));
    expect((await screen.findByText('Choose a kit')).textContent).toBe(
      'Choose a kit',
    );
    expect(addToKit).not.toHaveBeenCalled();

    addToKit.mockRejectedValue(
      new ApiError(
        'BAD_USER_INPUT',
        'Plan at most 240 minutes for one question.',
        'plannedMinutes',
      ),
    );
    await user.click(screen.getByRole('combobox', { name: 'Kit' }));
    await user.click(await screen.findByRole('option', { name: /ML loop/ }));
    await user.click(screen.getByRole('button', { name: 'Add to kit' }));
    expect(
      await screen.findByText('Plan at most 240 minutes for one question.'),
    ).toBeTruthy();
    expect(screen.queryByText('Choose a kit')).toBeNull();
  });

  it('should say so when a team has no kit yet', async () => {
    vi.mocked(useAddQuestionToKit).mockReturnValue({
      kits: [],
      isLoading: false,
      error: null,
      addToKit,
      isAdding: false,
    });
    renderWithProviders(
      <AddToKitModal questionId="q-1" isOpen onClose={() => undefined} />,
    );

    expect(
      (await screen.findByRole('link', { name: 'Create one' })).getAttribute(
        'href',
      ),
    ).toBe('/kits/new');
    expect(
      screen
        .getByRole('button', { name: 'Add to kit' })
        .hasAttribute('disabled'),
    ).toBe(true);
  });
});
