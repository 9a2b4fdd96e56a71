import { useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { Link } from 'react-router';

import { useAddQuestionToKit } from '@web/modules/kits/hooks/useAddQuestionToKit';
import { ApiError, toApiError } from '@web/modules/shared/utils/apiError';

const KIT_CAPACITY = 60;
const DEFAULT_MINUTES = 10;

export type AddToKitModalProps = {
  questionId: string;
  isOpen: boolean;
  onClose: () => void;
};

/** Appends the question to the end of one of the team's kits. */
export function AddToKitModal({
  questionId,
  isOpen,
  onClose,
}: AddToKitModalProps) {
  const { kits, isLoading, error, addToKit, isAdding } = useAddQuestionToKit(
    questionId,
    !isOpen,
  );
  const [kitId, setKitId] = useState<string | null>(null);
  const [minutes, setMinutes] = useState<number | string>(DEFAULT_MINUTES);
  const [submitError, setSubmitError] = useState<ApiError | null>(null);
  const [addedTo, setAddedTo] = useState<{ id: string; name: string } | null>(
    null,
  );
  const options = kits.map((kit) => ({
    value: kit.id,
    label: kit.hasQuestion
      ? `${kit.name} (already in it)`
      : kit.itemCount >= KIT_CAPACITY
        ? `${kit.name} (full)`
        : `${kit.name} · ${kit.itemCount} ${kit.itemCount === 1 ? 'question' : 'questions'}`,
    disabled: kit.hasQuestion || kit.itemCount >= KIT_CAPACITY,
  }));
  const fieldError = (field: string) =>
    submitError?.field === field ? submitError.message : null;
  const otherError =
    submitError &&
    !['kitId', 'plannedMinutes'].includes(submitError.field ?? '')
      ? submitError.message
      : null;

  const close = () => {
    setKitId(null);
    setMinutes(DEFAULT_MINUTES);
    setSubmitError(null);
    setAddedTo(null);
    onClose();
  };

  const submit = async () => {
    const kit = kits.find((choice) => choice.id === kitId);
    if (!kit) {
      setSubmitError(new ApiError('BAD_USER_INPUT', 'Choose a kit', 'kitId'));

      return;
    }
    setSubmitError(null);
    try {
      await addToKit({
        kitId: kit.id,
        questionId,
        plannedMinutes: typeof minutes === 'number' ? minutes : Number(minutes),
      });
      setAddedTo({ id: kit.id, name: kit.name });
    } catch (addError) {
      setSubmitError(toApiError(addError));
    }
  };

  return (
    <Modal opened={isOpen} onClose={close} title="Add to a kit" centered>
      {addedTo ? (
        <Stack gap="sm">
          <Alert color="green" title="Added" role="status">
            The question is now the last one of{' '}
            <Anchor component={Link} to={`/kits/${addedTo.id}`}>
              {addedTo.name}
            </Anchor>
            . Sessions already scheduled keep the plan they were given.
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          {isLoading ? <Loader size="sm" aria-label="Loading kits" /> : null}
          {error ? (
            <Alert color="red" title="Could not load the kits">
              {error.message}
            </Alert>
          ) : null}
          {!isLoading && !error && kits.length === 0 ? (
            <Text size="sm">
              Your team has no kit yet.{' '}
              <Anchor component={Link} to="/kits/new">
                Create one
              </Anchor>{' '}
              and add questions there.
            </Text>
          ) : null}
          {kits.length ? (
            <>
              <Select
                label="Kit"
                placeholder="Choose a kit"
                data={options}
                value={kitId}
                onChange={setKitId}
                searchable
                nothingFoundMessage="No kit matches"
                error={fieldError('kitId')}
                data-autofocus
              />
              <NumberInput
                label="Planned minutes"
                min={1}
                max={240}
                value={minutes}
                onChange={setMinutes}
                error={fieldError('plannedMinutes')}
              />
              <Text size="xs" c="dimmed">
                It goes to the end of the kit; reorder it on the kit’s page.
              </Text>
            </>
          ) : null}
          {otherError ? (
            <Alert color="red" role="alert" title="Could not add the question">
              {otherError}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              loading={isAdding}
              disabled={!kits.length}
              onClick={() => void submit()}
            >
              Add to kit
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
