import type { GuideImportStatus } from '@web/generated/graphql';

type ResultLike = {
  status: GuideImportStatus;
  created: readonly unknown[];
  revised: readonly unknown[];
  retired: readonly unknown[];
};

export type ImportSummary = Record<GuideImportStatus, number> & {
  createdQuestions: number;
  revisedQuestions: number;
  retiredQuestions: number;
};

export function summarizeImport(guides: readonly ResultLike[]): ImportSummary {
  const summary: ImportSummary = {
    CREATED: 0,
    UPDATED: 0,
    UNCHANGED: 0,
    FAILED: 0,
    createdQuestions: 0,
    revisedQuestions: 0,
    retiredQuestions: 0,
  };
  for (const guide of guides) {
    summary[guide.status] += 1;
    summary.createdQuestions += guide.created.length;
    summary.revisedQuestions += guide.revised.length;
    summary.retiredQuestions += guide.retired.length;
  }

  return summary;
}

/** True when confirming would store something. */
export function hasChanges(guides: readonly ResultLike[]): boolean {
  return guides.some(
    (guide) => guide.status === 'CREATED' || guide.status === 'UPDATED',
  );
}

const STATUS_LABELS: Record<
  GuideImportStatus,
  { preview: string; done: string; color: string }
> = {
  CREATED: { preview: 'Will be created', done: 'Created', color: 'green' },
  UPDATED: { preview: 'Will be updated', done: 'Updated', color: 'blue' },
  UNCHANGED: { preview: 'Unchanged', done: 'Unchanged', color: 'gray' },
  FAILED: { preview: 'Cannot be imported', done: 'Failed', color: 'red' },
};

export function statusLabel(
  status: GuideImportStatus,
  isDryRun: boolean,
): { label: string; color: string } {
  const labels = STATUS_LABELS[status];

  return {
    label: isDryRun ? labels.preview : labels.done,
    color: labels.color,
  };
}
