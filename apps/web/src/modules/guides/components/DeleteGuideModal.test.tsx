import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '@web/testing/renderWithProviders';

import {
  DeleteGuideModal,
  type DeleteGuideModalProps,
} from './DeleteGuideModal';

const TITLE = 'Deep Learning Engineer';

function renderModal(props: Partial<DeleteGuideModalProps> = {}) {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  renderWithProviders(
    <DeleteGuideModal
      isOpen
      guideTitle={TITLE}
      preview={{
        guideId: 'guide-1',
        deletedQuestionCount: 6,
        keptQuestionCount: 2,
        affectedKitCount: 1,
      }}
      previewError={null}
      error={null}
      isDeleting={false}
      onConfirm={onConfirm}
      onCancel={onCancel}
      {...props}
    />,
  );

  return { onConfirm, onCancel };
}

const deleteButton = () =>
  screen.getByRole<HTMLButtonElement>('button', { name: 'Delete guide' });

describe('DeleteGuideModal', () => {
  it('should say how many questions go and how many stay because sessions asked them', () => {
    renderModal();

    const summary =
      screen.getByTestId('delete-guide-summary').textContent ?? '';
    expect(summary).toContain('6 questions no session used will be deleted');
    expect(summary).toContain('2 questions will be kept');
    expect(summary).toContain('1 kit loses');
  });

  it('should confirm only once the guide title is typed', async () => {
    const user = userEvent.setup();
    const { onConfirm } = renderModal();
    const input = screen.getByRole('textbox', {
      name: /Type the guide's title/,
    });

    expect(deleteButton().disabled).toBe(true);
    await user.type(input, 'Deep Learning');
    expect(deleteButton().disabled).toBe(true);
    await user.type(input, ' Engineer');
    await user.click(deleteButton());

    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('should not confirm while the preview is still loading', async () => {
    const user = userEvent.setup();
    renderModal({ preview: null });

    await user.type(
      screen.getByRole('textbox', { name: /Type the guide's title/ }),
      TITLE,
    );

    expect(screen.getByText('Checking what would be deleted…')).toBeTruthy();
    expect(deleteButton().disabled).toBe(true);
  });

  it('should show why a deletion failed and cancel without confirming', async () => {
    const user = userEvent.setup();
    const { onConfirm, onCancel } = renderModal({ error: 'Guide not found' });

    expect(screen.getByText('Guide not found')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
