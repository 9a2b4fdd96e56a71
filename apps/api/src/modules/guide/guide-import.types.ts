import type { GuideWarning } from '@panelwise/guide-parser';

export type GuideSource = { fileName: string; text: string };

export type ImportStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'FAILED';

export type QuestionChange = { number: number | null; prompt: string; kind: string | null; kindName: string | null };

export type GuideImportError = { code: string; line: number | null; message: string };

/** What importing one file did (or, in a dry run, would do). */
export type GuideImportResult = {
  fileName: string;
  guideId: string | null;
  slug: string | null;
  title: string | null;
  status: ImportStatus;
  created: QuestionChange[];
  revised: QuestionChange[];
  retired: QuestionChange[];
  unchanged: number;
  warnings: GuideWarning[];
  error: GuideImportError | null;
};

export type ImportActor = { teamId: string; userId: string | null };
