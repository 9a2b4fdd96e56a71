import { Text } from '@mantine/core';

import type { Rubric } from '@web/modules/rubrics/hooks/useRubrics';
import { useRubricEditorState } from '@web/modules/rubrics/hooks/useRubricEditorState';
import { draftFromRubric } from '@web/modules/rubrics/utils/rubricDraft';
import { EditorShell } from '@web/modules/shared/components/EditorShell';
import { SectionPanel } from '@web/modules/shared/components/SectionPanel';

import { CompetenciesEditor } from './CompetenciesEditor';
import { RubricConflictModal } from './RubricConflictModal';
import { RubricDetailsFields } from './RubricDetailsFields';

export type RubricEditorProps = {
  /** The rubric to revise; absent when creating one. */
  rubric?: Rubric;
  onCreated?: (rubric: Rubric) => void;
};

export function RubricEditor({ rubric, onCreated }: RubricEditorProps) {
  const state = useRubricEditorState(rubric, onCreated);
  const { draft, errors, theirs } = state;

  return (
    <EditorShell
      label="Rubric"
      errorTitle="The rubric was not saved"
      formError={state.formError}
      onSubmit={state.submit}
      saveBar={{
        shadow: 'sm',
        summary: (
          <Text size="sm" fw={600}>
            {draft.competencies.length}{' '}
            {draft.competencies.length === 1 ? 'competency' : 'competencies'}
          </Text>
        ),
        version: state.version,
        isDirty: state.isDirty,
        isSaving: state.isSaving,
        isDisabled: state.isResolving,
        submitLabel: rubric ? 'Save as new version' : 'Create rubric',
      }}
      conflict={
        theirs ? (
          <RubricConflictModal
            theirs={draftFromRubric(theirs)}
            theirsVersion={theirs.version}
            mine={draft}
            kindLabel={state.labelOfKind}
            isSaving={state.isResolving}
            onReloadTheirs={state.reloadTheirs}
            onOverwriteWithMine={() => void state.overwriteWithMine()}
            onClose={state.closeConflict}
          />
        ) : null
      }
    >
      <RubricDetailsFields
        draft={draft}
        errors={errors}
        kindOptions={state.kindOptions}
        otherDefault={state.otherDefault}
        onChange={state.update}
      />

      <SectionPanel
        title="Competencies"
        headingId="rubric-competencies-heading"
        headingGap="xs"
        aside={
          <Text size="sm" c="dimmed">
            Scale:{' '}
            {draft.scale
              .map((level) => `${level.level} ${level.label}`)
              .join(' · ')}
          </Text>
        }
      >
        <Text size="sm" c="dimmed" mb="md">
          Interviewers rate each competency on the scale (or mark it not
          assessed). Anchors describe what each rating looks like, so ratings
          mean the same across interviewers.
        </Text>
        <CompetenciesEditor
          competencies={draft.competencies}
          scale={draft.scale}
          nameErrors={errors.competencyNames}
          anchorErrors={errors.competencyAnchors}
          onChange={(competencies) => state.update({ competencies })}
        />
      </SectionPanel>
    </EditorShell>
  );
}
