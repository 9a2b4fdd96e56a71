import { Text } from '@mantine/core';

import {
  CANDIDATE_FIELD_LABELS,
  type CandidateDraft,
  type CandidateDraftField,
  differingCandidateFields,
} from '@web/modules/candidates/utils/candidateDraft';
import { ConflictFieldTable } from '@web/modules/shared/components/ConflictFieldTable';
import { VersionConflictModal } from '@web/modules/shared/components/VersionConflictModal';

export type CandidateConflictModalProps = {
  theirs: CandidateDraft;
  theirsVersion: number;
  mine: CandidateDraft;
  isSaving?: boolean;
  onReloadTheirs: () => void;
  onOverwriteWithMine: () => void;
  onClose: () => void;
};

/** After a CONFLICT: both versions field by field, then reload theirs or overwrite with mine. */
export function CandidateConflictModal({
  theirs,
  theirsVersion,
  mine,
  isSaving = false,
  onReloadTheirs,
  onOverwriteWithMine,
  onClose,
}: CandidateConflictModalProps) {
  const differing = new Set(differingCandidateFields(theirs, mine));
  const fields = (
    Object.keys(CANDIDATE_FIELD_LABELS) as CandidateDraftField[]
  ).map((field) => ({
    key: field,
    label: CANDIDATE_FIELD_LABELS[field],
    theirs: theirs[field],
    mine: mine[field],
    isDifferent: differing.has(field),
  }));

  return (
    <VersionConflictModal
      title="Someone else saved this candidate while you were editing"
      isSaving={isSaving}
      onKeepTheirs={onReloadTheirs}
      onSaveMine={onOverwriteWithMine}
      onClose={onClose}
    >
      <Text size="sm">
        Reload their version to discard your changes, or overwrite it with
        yours.
      </Text>
      <ConflictFieldTable
        label="Candidate, theirs and yours"
        theirsVersion={theirsVersion}
        fields={fields}
        fieldColumnWidth="20%"
        preservesLineBreaks
      />
    </VersionConflictModal>
  );
}
