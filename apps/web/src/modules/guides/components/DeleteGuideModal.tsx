import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';

import type { GuideDeletionPreview } from '@web/modules/guides/hooks/useGuideDeletionPreview';
import { formatCount } from '@web/modules/questions/utils/formatCount';

export type DeleteGuideModalProps = {
  isOpen: boolean;
  guideTitle: string;
  /** Null while it loads. */
  preview: GuideDeletionPreview | null;
  previewError: string | null;
  error: string | null;
  isDeleting: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

const questions = (count: number) =>
  formatCount(count, { one: 'question', other: 'questions' });

/**
 * Deleting a guide cannot be undone: the modal says what goes and what stays, and asks
 * for the guide's title before it lets the coordinator confirm.
 */
export function DeleteGuideModal({
  isOpen,
  guideTitle,
  preview,
  previewError,
  error,
  isDeleting,
  onConfirm,
  onCancel,
}: DeleteGuideModalProps) {
  const [typed, setTyped] = useState('');
  const isConfirmed = typed.trim() === guideTitle.trim();
  const close = () => {
    setTyped('');
    onCancel();
  };

  return (
    <Modal opened={isOpen} onClose={close} title="Delete this guide?" centered>
      <Stack gap="md">
        {previewError ? (
          <Alert color="red" title="Could not check what would be deleted">
            {previewError}
          </Alert>
        ) : preview === null ? (
          <Text size="sm" role="status">
            Checking what would be deleted…
          </Text>
        ) : (
          <List size="sm" spacing={4} data-testid="delete-guide-summary">
            <List.Item>
              {questions(preview.deletedQuestionCount)} no session used will be
              deleted for good.
            </List.Item>
            <List.Item>
              {questions(preview.keptQuestionCount)} will be kept, retired,
              because sessions asked them: their notes and ratings stay.
            </List.Item>
            {preview.affectedKitCount > 0 ? (
              <List.Item>
                {formatCount(preview.affectedKitCount, {
                  one: 'kit loses',
                  other: 'kits lose',
                })}{' '}
                this guide&rsquo;s questions.
              </List.Item>
            ) : null}
          </List>
        )}
        <TextInput
          label={`Type the guide's title to confirm: ${guideTitle}`}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          autoComplete="off"
          data-autofocus
        />
        {error ? (
          <Alert color="red" title="Could not delete the guide">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button
            color="red"
            onClick={onConfirm}
            loading={isDeleting}
            disabled={!isConfirmed || preview === null}
          >
            Delete guide
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
