import type { DebriefDecisionKind } from '@web/generated/graphql';

export const DECISION_OPTIONS: readonly {
  value: DebriefDecisionKind;
  label: string;
}[] = [
  { value: 'ADVANCE', label: 'Advance' },
  { value: 'HOLD', label: 'Hold' },
  { value: 'REJECT', label: 'Reject' },
  { value: 'READY', label: 'Ready' },
  { value: 'NEEDS_PRACTICE', label: 'Needs practice' },
];

export const DECISION_COLORS: Record<DebriefDecisionKind, string> = {
  ADVANCE: 'green',
  READY: 'teal',
  HOLD: 'yellow',
  NEEDS_PRACTICE: 'orange',
  REJECT: 'red',
};

export function decisionLabel(value: DebriefDecisionKind): string {
  return (
    DECISION_OPTIONS.find((option) => option.value === value)?.label ?? value
  );
}

export function isDecisionKind(
  value: string | null,
): value is DebriefDecisionKind {
  return DECISION_OPTIONS.some((option) => option.value === value);
}

/** The API's limits on a rationale (RecordDecisionInput). */
export const RATIONALE_LIMITS = { min: 3, max: 10_000 } as const;

export type DecisionDraft = {
  decision: DebriefDecisionKind | null;
  rationale: string;
};

export type DecisionDraftErrors = {
  decision?: string;
  rationale?: string;
};

/** What stops the draft from being recorded; empty when it can go. */
export function decisionDraftErrors(draft: DecisionDraft): DecisionDraftErrors {
  const errors: DecisionDraftErrors = {};
  if (!draft.decision) {
    errors.decision = 'Choose a decision';
  }
  const rationale = draft.rationale.trim();
  if (!rationale) {
    errors.rationale = 'Give the rationale: what in the scorecards supports it';
  } else if (rationale.length < RATIONALE_LIMITS.min) {
    errors.rationale = `Write at least ${RATIONALE_LIMITS.min} characters`;
  } else if (rationale.length > RATIONALE_LIMITS.max) {
    errors.rationale = `The rationale is limited to ${RATIONALE_LIMITS.max} characters`;
  }

  return errors;
}
