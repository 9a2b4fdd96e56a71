import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';

import { DeleteGuideModal } from '@web/modules/guides/components/DeleteGuideModal';
import { useGuideDeletionPreview } from '@web/modules/guides/hooks/useGuideDeletionPreview';
import { useGuideLifecycle } from '@web/modules/guides/hooks/useGuideLifecycle';
import { formatCount } from '@web/modules/questions/utils/formatCount';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type GuideLifecycleActionsProps = {
  guide: { id: string; title: string; retiredAt: string | null };
};

/** The coordinator's Retire / Restore and Delete actions on a guide's page. */
export function GuideLifecycleActions({ guide }: GuideLifecycleActionsProps) {
  const navigate = useNavigate();
  const { retireGuide, restoreGuide, deleteGuide, isChanging, isDeleting } =
    useGuideLifecycle();
  const [isDeleteOpen, setIsDeleteOpen] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const { preview, error: previewError } = useGuideDeletionPreview(
    guide.id,
    isDeleteOpen,
  );
  const isRetired = guide.retiredAt !== null;

  const toggleRetired = async () => {
    try {
      await (isRetired ? restoreGuide(guide.id) : retireGuide(guide.id));
      notifications.show({
        message: isRetired
          ? 'Guide restored: its questions are back in the bank.'
          : 'Guide retired: its questions left the bank.',
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: isRetired ? 'Could not restore' : 'Could not retire',
        message: toApiError(error).message,
      });
    }
  };

  const confirmDelete = async () => {
    setDeleteError(null);
    try {
      const result = await deleteGuide(guide.id);
      setIsDeleteOpen(false);
      notifications.show({
        message: `Deleted “${guide.title}”: ${formatCount(result.deletedQuestionCount, { one: 'question', other: 'questions' })} removed, ${result.keptQuestionCount} kept for past sessions.`,
      });
      void navigate('/guides');
    } catch (error) {
      setDeleteError(toApiError(error).message);
    }
  };

  return (
    <Group gap="xs">
      <Button
        variant="default"
        onClick={() => void toggleRetired()}
        loading={isChanging}
      >
        {isRetired ? 'Restore guide' : 'Retire guide'}
      </Button>
      <Button
        variant="light"
        color="red"
        onClick={() => {
          setDeleteError(null);
          setIsDeleteOpen(true);
        }}
      >
        Delete guide…
      </Button>
      <DeleteGuideModal
        isOpen={isDeleteOpen}
        guideTitle={guide.title}
        preview={preview}
        previewError={previewError?.message ?? null}
        error={deleteError}
        isDeleting={isDeleting}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setIsDeleteOpen(false)}
      />
    </Group>
  );
}
