import type { CandidateFieldsFragment } from '@web/generated/graphql';

export type CandidateDraft = {
  name: string;
  email: string;
  targetRole: string;
  notes: string;
};

export type CandidateDraftField = keyof CandidateDraft;

export type CandidateDraftErrors = Partial<Record<CandidateDraftField, string>>;

export const EMPTY_CANDIDATE_DRAFT: CandidateDraft = {
  name: '',
  email: '',
  targetRole: '',
  notes: '',
};

export const CANDIDATE_FIELD_LABELS: Record<CandidateDraftField, string> = {
  name: 'Name',
  email: 'Email',
  targetRole: 'Target role',
  notes: 'Notes',
};

// Good enough to catch typos; the API checks the address properly.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function draftFromCandidate(
  candidate: CandidateFieldsFragment,
): CandidateDraft {
  return {
    name: candidate.name,
    email: candidate.email ?? '',
    targetRole: candidate.targetRole ?? '',
    notes: candidate.notes,
  };
}

export function validateCandidateDraft(
  draft: CandidateDraft,
): CandidateDraftErrors {
  const errors: CandidateDraftErrors = {};
  if (!draft.name.trim()) {
    errors.name = 'Enter the candidate’s name';
  }
  if (draft.email.trim() && !EMAIL_PATTERN.test(draft.email.trim())) {
    errors.email = 'Enter a valid email address, or leave it empty';
  }

  return errors;
}

/** The draft as the API takes it: blank optional fields become null. */
export function toCandidateInput(draft: CandidateDraft) {
  return {
    name: draft.name.trim(),
    email: draft.email.trim() || null,
    targetRole: draft.targetRole.trim() || null,
    notes: draft.notes,
  };
}

export function differingCandidateFields(
  a: CandidateDraft,
  b: CandidateDraft,
): CandidateDraftField[] {
  return (Object.keys(CANDIDATE_FIELD_LABELS) as CandidateDraftField[]).filter(
    (field) =>
      (field === 'email' ? a[field].trim().toLowerCase() : a[field].trim()) !==
      (field === 'email' ? b[field].trim().toLowerCase() : b[field].trim()),
  );
}

export function isCandidateField(
  field: string | undefined,
): field is CandidateDraftField {
  return field !== undefined && field in CANDIDATE_FIELD_LABELS;
}
