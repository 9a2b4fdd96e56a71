import {
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';

import {
  type AnswerFieldDraft,
  EMPTY_FIELD,
  FIELDS_MAX,
} from '@web/modules/questions/utils/questionDraft';

export type AnswerFieldsEditorProps = {
  fields: AnswerFieldDraft[];
  errors?: Record<number, string>;
  onChange: (fields: AnswerFieldDraft[], changedIndex?: number) => void;
};

/** The model answer's labelled fields: each a text or a list, one item per line. */
export function AnswerFieldsEditor({
  fields,
  errors = {},
  onChange,
}: AnswerFieldsEditorProps) {
  const patch = (index: number, change: Partial<AnswerFieldDraft>) =>
    onChange(
      fields.map((field, at) =>
        at === index ? { ...field, ...change } : field,
      ),
      index,
    );

  return (
    <Stack gap="sm">
      {fields.map((field, index) => (
        <Paper key={field.key} withBorder radius="md" p="sm">
          {field.isKept ? (
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text size="sm">
                <strong>{field.label || 'Unlabelled field'}</strong>: has nested
                sub-fields, kept as they are.
              </Text>
              <RemoveButton
                label={field.label}
                onRemove={() =>
                  onChange(fields.filter((_, at) => at !== index))
                }
              />
            </Group>
          ) : (
            <Stack gap="xs">
              <Group align="flex-end" wrap="wrap" gap="sm">
                <TextInput
                  label={`Field ${index + 1} label`}
                  placeholder="e.g. Approach"
                  value={field.label}
                  maxLength={200}
                  onChange={(event) =>
                    patch(index, { label: event.currentTarget.value })
                  }
                  style={{ flex: '1 1 12rem' }}
                />
                <Switch
                  label="List"
                  checked={field.isList}
                  onChange={(event) =>
                    patch(index, { isList: event.currentTarget.checked })
                  }
                />
                {field.isList ? (
                  <Checkbox
                    label="Numbered"
                    checked={field.ordered}
                    onChange={(event) =>
                      patch(index, { ordered: event.currentTarget.checked })
                    }
                  />
                ) : null}
                <RemoveButton
                  label={field.label || `field ${index + 1}`}
                  onRemove={() =>
                    onChange(fields.filter((_, at) => at !== index))
                  }
                />
              </Group>
              <Textarea
                label={
                  field.isList
                    ? `Field ${index + 1} items, one per line`
                    : `Field ${index + 1} text`
                }
                autosize
                minRows={2}
                maxRows={10}
                maxLength={10000}
                value={field.text}
                error={errors[index]}
                onChange={(event) =>
                  patch(index, { text: event.currentTarget.value })
                }
              />
            </Stack>
          )}
        </Paper>
      ))}
      <Group>
        <Button
          variant="default"
          size="xs"
          disabled={fields.length >= FIELDS_MAX}
          onClick={() => onChange([...fields, EMPTY_FIELD()])}
        >
          Add answer field
        </Button>
      </Group>
    </Stack>
  );
}

function RemoveButton({
  label,
  onRemove,
}: {
  label: string;
  onRemove: () => void;
}) {
  return (
    <Button
      variant="subtle"
      color="red"
      size="xs"
      aria-label={`Remove ${label || 'field'}`}
      onClick={onRemove}
    >
      Remove
    </Button>
  );
}
