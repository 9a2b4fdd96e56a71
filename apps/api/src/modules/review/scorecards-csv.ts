import { type CsvCell, isoInTimeZone, toCsv } from '@panelwise/shared-util';

import { DECISION_LABEL, RECOMMENDATION_LABEL } from './review-labels';
import { anchorText, levelLabel, type ReviewExport } from './review-export.model';

/**
 * Column names are a contract with whoever imports the file: add columns at the end only.
 * `session_starts_at`, `submitted_at` and every `…_utc` column are ISO 8601 in UTC (`…Z`);
 * `…_local` columns are ISO 8601 in the zone the `time_zone` column names, with its offset.
 * One row per rating: `rating_of` says whether of a competency or of a question (a submitted
 * scorecard with neither still gets one `scorecard` row, for its recommendation and summary).
 */
export const SCORECARD_CSV_COLUMNS = [
  'candidate_name',
  'candidate_email',
  'session_id',
  'session_starts_at',
  'kit',
  'interviewer_name',
  'interviewer_email',
  'competency_id',
  'competency_name',
  'level',
  'not_assessed',
  'evidence',
  'recommendation',
  'submitted_at',
  'rating_of',
  'level_label',
  'level_anchor',
  'question_position',
  'question_prompt',
  'session_question_id',
  'recommendation_label',
  'summary',
  'decision',
  'decision_label',
  'decision_rationale',
  'decided_by',
  'time_zone',
  'session_starts_at_local',
  'submitted_at_local',
  'decided_at_utc',
  'decided_at_local',
] as const;

type Column = (typeof SCORECARD_CSV_COLUMNS)[number];
type Row = Partial<Record<Column, CsvCell>>;

/** A UTF-8 byte order mark: without it Excel reads the file as ANSI and mangles "Zoë" and "Дмитрий". */
const BOM = '\uFEFF';

/** The candidate's submitted scorecards as CSV: every rating, the recommendation, summary and decision. */
export function buildScorecardsCsv(data: ReviewExport): string {
  const { review, timeZone } = data;
  const sessionById = new Map(review.sessions.map((session) => [session.id, session]));
  const competencyName = new Map(review.competencies.map((competency) => [competency.id, competency.name]));
  const [decision] = review.decisions;
  const local = (moment: Date | undefined) => (moment ? isoInTimeZone(moment, timeZone) : '');
  const candidateColumns: Row = {
    candidate_name: review.candidate.name,
    candidate_email: review.candidate.email,
    decision: decision?.decision,
    decision_label: decision ? DECISION_LABEL[decision.decision] : '',
    decision_rationale: decision?.rationale,
    decided_by: decision ? (decision.decidedBy?.name ?? 'A former member') : '',
    time_zone: timeZone,
    decided_at_utc: decision?.decidedAt.toISOString(),
    decided_at_local: local(decision?.decidedAt),
  };
  const rows: Row[] = [];
  for (const scorecard of review.recommendations) {
    const session = sessionById.get(scorecard.sessionId);
    const rubric = data.rubricByScorecard.get(scorecard.scorecardId);
    const scorecardColumns: Row = {
      ...candidateColumns,
      session_id: scorecard.sessionId,
      session_starts_at: session?.startsAt.toISOString(),
      session_starts_at_local: local(session?.startsAt),
      kit: session?.kitName,
      interviewer_name: scorecard.interviewer.name,
      interviewer_email: scorecard.interviewer.email,
      recommendation: scorecard.recommendation,
      recommendation_label: RECOMMENDATION_LABEL[scorecard.recommendation],
      summary: scorecard.summary,
      submitted_at: scorecard.submittedAt.toISOString(),
      submitted_at_local: local(scorecard.submittedAt),
    };
    const competencyRows = review.ratings
      .filter((rating) => rating.scorecardId === scorecard.scorecardId)
      .map((rating) => ({
        ...scorecardColumns,
        rating_of: 'competency',
        competency_id: rating.competencyId,
        competency_name: competencyName.get(rating.competencyId),
        level: rating.level,
        not_assessed: rating.notAssessed,
        level_label: levelLabel(rubric, rating.level, rating.notAssessed),
        level_anchor: rating.notAssessed ? '' : anchorText(rubric, rating.competencyId, rating.level),
        evidence: rating.evidence,
      }));
    const questionRows = data.questionRatings
      .filter((rating) => rating.scorecardId === scorecard.scorecardId)
      .map((rating) => ({
        ...scorecardColumns,
        rating_of: 'question',
        question_position: rating.position,
        question_prompt: rating.prompt,
        session_question_id: rating.sessionQuestionId,
        level: rating.level,
        level_label: levelLabel(rubric, rating.level),
      }));
    rows.push(...competencyRows, ...questionRows);
    if (!competencyRows.length && !questionRows.length) {
      rows.push({ ...scorecardColumns, rating_of: 'scorecard' });
    }
  }

  return BOM + toCsv(SCORECARD_CSV_COLUMNS, rows.map((row) => SCORECARD_CSV_COLUMNS.map((column) => row[column])));
}
