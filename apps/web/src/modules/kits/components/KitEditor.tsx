import { Alert, Grid, Text } from '@mantine/core';

import type { Kit } from '@web/modules/kits/hooks/useKit';
import { useKitEditorState } from '@web/modules/kits/hooks/useKitEditorState';
import { formatMinutes, MAX_KIT_ITEMS } from '@web/modules/kits/utils/kitDraft';
import { EditorShell } from '@web/modules/shared/components/EditorShell';
import { SectionPanel } from '@web/modules/shared/components/SectionPanel';

import { KitConflictDialog } from './KitConflictDialog';
import { KitDetailsFields } from './KitDetailsFields';
import { KitQuestionList } from './KitQuestionList';
import { KitQuestionPicker } from './KitQuestionPicker';

export type KitEditorProps = {
  /** The saved kit to edit; absent when creating one. */
  kit?: Kit;
  onCreated?: (kit: Kit) => void;
};

/** The kit builder: details, ordered questions with minutes, and a bank search to add more. */
export function KitEditor({ kit, onCreated }: KitEditorProps) {
  const state = useKitEditorState(kit, onCreated);
  const { draft, errors, total, comparison } = state;

  return (
    <EditorShell
      label="Interview kit"
      errorTitle="The kit was not saved"
      formError={state.formError}
      onSubmit={state.submit}
      saveBar={{
        summary: (
          <Text size="sm" fw={600}>
            Total {formatMinutes(total)}
          </Text>
        ),
        version: state.baseVersion,
        isDirty: state.isDirty,
        isSaving: state.isSaving,
        isDisabled: state.isResolving,
        submitLabel: kit ? 'Save changes' : 'Create kit',
      }}
      conflict={
        comparison ? (
          <KitConflictDialog
            isOpen
            theirs={comparison.theirs}
            mine={comparison.mine}
            isSaving={state.isSaving || state.isResolving}
            onKeepTheirs={state.keepTheirs}
            onSaveMine={() => void state.saveMine()}
            onClose={state.closeConflict}
          />
        ) : null
      }
    >
      <KitDetailsFields
        draft={draft}
        errors={errors}
        rubricOptions={state.rubricOptions}
        rubricsError={state.rubricsError}
        onChange={state.update}
      />

      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <SectionPanel
            title="Questions"
            headingId="kit-questions-heading"
            headingRef={state.questionsHeadingRef}
            aside={
              <Text size="sm" fw={600} data-testid="kit-total">
                {draft.items.length}{' '}
                {draft.items.length === 1 ? 'question' : 'questions'} · total{' '}
                {formatMinutes(total)}
              </Text>
            }
          >
            {draft.items.some((item) => item.question.retired) ? (
              <Alert color="orange" data-testid="kit-retired-notice">
                Questions marked retired left the bank with their guide: new
                sessions booked from this kit leave them out. Remove them before
                saving changes to the kit.
              </Alert>
            ) : null}
            <KitQuestionList
              items={draft.items}
              errors={errors.items}
              onMove={state.moveQuestion}
              onMinutesChange={state.changeMinutes}
              onRemove={state.removeFromKit}
            />
            <Text
              className="pw-visually-hidden"
              role="status"
              aria-live="polite"
            >
              {state.moveStatus}
            </Text>
          </SectionPanel>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <SectionPanel
            title="Add from the question bank"
            headingId="kit-picker-heading"
          >
            <KitQuestionPicker
              selectedIds={state.selectedIds}
              onAdd={state.addToKit}
              isFull={draft.items.length >= MAX_KIT_ITEMS}
            />
          </SectionPanel>
        </Grid.Col>
      </Grid>
    </EditorShell>
  );
}
