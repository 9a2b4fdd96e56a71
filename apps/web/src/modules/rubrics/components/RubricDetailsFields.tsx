import { Grid, Select, Text, Textarea } from '@mantine/core';

import type { Rubric } from '@web/modules/rubrics/hooks/useRubrics';
import type { KindOption } from '@web/modules/rubrics/utils/kindOptions';
import type {
  RubricDraft,
  RubricDraftErrors,
} from '@web/modules/rubrics/utils/rubricDraft';
import { EditorNameField } from '@web/modules/shared/components/EditorNameField';
import { SectionPanel } from '@web/modules/shared/components/SectionPanel';

export type RubricDetailsFieldsProps = {
  draft: RubricDraft;
  errors: RubricDraftErrors;
  kindOptions: KindOption[];
  /** Another rubric already default for the chosen kind. */
  otherDefault?: Rubric;
  onChange: (patch: Partial<RubricDraft>) => void;
};

/** The rubric's name, the question kind it is the default for, and its description. */
export function RubricDetailsFields({
  draft,
  errors,
  kindOptions,
  otherDefault,
  onChange,
}: RubricDetailsFieldsProps) {
  return (
    <SectionPanel title="Details" headingId="rubric-details-heading">
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <EditorNameField
            value={draft.name}
            error={errors.name}
            onChange={(name) => onChange({ name })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label="Default for question kind"
            description="Kits and scorecards suggest this rubric for questions of this kind."
            placeholder="None"
            data={kindOptions}
            value={draft.defaultForKind}
            onChange={(value) => onChange({ defaultForKind: value })}
            clearable
            comboboxProps={{ withinPortal: true }}
          />
          {otherDefault ? (
            <Text size="xs" c="yellow.9" mt={4}>
              “{otherDefault.name}” is also the default for this kind.
            </Text>
          ) : null}
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            label="Description"
            autosize
            minRows={2}
            maxRows={6}
            value={draft.description}
            onChange={(event) =>
              onChange({ description: event.currentTarget.value })
            }
            maxLength={2000}
          />
        </Grid.Col>
      </Grid>
    </SectionPanel>
  );
}
