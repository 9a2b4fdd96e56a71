import { Grid, Select, Textarea, TextInput } from '@mantine/core';

import type { RubricOption } from '@web/modules/kits/hooks/useKitEditorState';
import type {
  KitDraft,
  KitDraftErrors,
} from '@web/modules/kits/utils/kitDraft';
import { EditorNameField } from '@web/modules/shared/components/EditorNameField';
import { SectionPanel } from '@web/modules/shared/components/SectionPanel';
import type { ApiError } from '@web/modules/shared/utils/apiError';

export type KitDetailsFieldsProps = {
  draft: KitDraft;
  errors: KitDraftErrors;
  rubricOptions: RubricOption[];
  /** Loading the rubrics failed. */
  rubricsError: ApiError | null;
  onChange: (patch: Partial<KitDraft>) => void;
};

/** The kit's name, target role, rubric and interviewer instructions. */
export function KitDetailsFields({
  draft,
  errors,
  rubricOptions,
  rubricsError,
  onChange,
}: KitDetailsFieldsProps) {
  return (
    <SectionPanel title="Details" headingId="kit-details-heading">
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <EditorNameField
            value={draft.name}
            error={errors.name}
            onChange={(name) => onChange({ name })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label="Target role"
            required
            placeholder="e.g. Senior data scientist"
            value={draft.targetRole}
            onChange={(event) =>
              onChange({ targetRole: event.currentTarget.value })
            }
            error={errors.targetRole}
            maxLength={200}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label="Rubric"
            description="Interviewers score with its latest version."
            required
            searchable
            data={rubricOptions}
            value={draft.rubricId}
            onChange={(value) => onChange({ rubricId: value })}
            allowDeselect={false}
            nothingFoundMessage="No rubric with this name"
            error={
              errors.rubricId ??
              (rubricsError
                ? `Could not load the rubrics: ${rubricsError.message}`
                : null)
            }
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            label="Interviewer instructions"
            description="What interviewers should know before they start: focus areas, timing, what to avoid."
            autosize
            minRows={3}
            maxRows={12}
            value={draft.instructions}
            onChange={(event) =>
              onChange({ instructions: event.currentTarget.value })
            }
            maxLength={10_000}
          />
        </Grid.Col>
      </Grid>
    </SectionPanel>
  );
}
