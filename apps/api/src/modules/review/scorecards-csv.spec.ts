import { readCsv } from '@api-test/support/csv-reader';
import { reviewExportFixture } from '@api-test/support/review-export-fixture';

import { buildScorecardsCsv, SCORECARD_CSV_COLUMNS } from './scorecards-csv';

function table(csv: string) {
  const [header, ...rows] = readCsv(csv.replace(/^\uFEFF/, ''));
  const column = (row: string[] | undefined, name: (typeof SCORECARD_CSV_COLUMNS)[number]) => row?.[header?.indexOf(name) ?? -1];

  return { header, rows, column };
}

describe(buildScorecardsCsv.name, () => {
  it('should start with a UTF-8 byte order mark and keep the first columns where they were', () => {
    const csv = buildScorecardsCsv(reviewExportFixture());
    const { header } = table(csv);

    expect(csv.startsWith('\uFEFFcandidate_name,')).toBe(true);
    expect(header?.slice(0, 14)).toEqual([
      'candidate_name', 'candidate_email', 'session_id', 'session_starts_at', 'kit', 'interviewer_name', 'interviewer_email',
      'competency_id', 'competency_name', 'level', 'not_assessed', 'evidence', 'recommendation', 'submitted_at',
    ]);
    expect(header).toEqual([...SCORECARD_CSV_COLUMNS]);
  });

  it('should write one row per competency rating and per question rating, each with the scorecard and the decision', () => {
    const { rows, column } = table(buildScorecardsCsv(reviewExportFixture()));
    const competencyRows = rows.filter((row) => column(row, 'rating_of') === 'competency');
    const questionRows = rows.filter((row) => column(row, 'rating_of') === 'question');

    expect(competencyRows).toHaveLength(7 * 3);
    expect(questionRows).toHaveLength(4 * 2);
    expect(rows).toHaveLength(29);
    const [first] = competencyRows;
    expect(column(first, 'interviewer_name')).toBe('Ana María Álvarez-Fernández de la Cruz');
    expect(column(first, 'level')).toBe('4');
    expect(column(first, 'level_label')).toBe('4 · Strong yes');
    expect(column(first, 'level_anchor')).toBe('Coding fluency anchor at level 4: observable behaviour described in the rubric.');
    expect(column(first, 'recommendation')).toBe('YES');
    expect(column(first, 'recommendation_label')).toBe('Yes');
    expect(column(first, 'summary')).toBe('Summary by Ana María Álvarez-Fernández de la Cruz.');
    const question = questionRows.find((row) => column(row, 'interviewer_name') === 'Дмитрий Ковалёв' && column(row, 'question_position') === '2');
    expect(column(question, 'question_prompt')).toContain('shard a table');
    expect(column(question, 'session_question_id')).toBe('q2');
    expect(column(question, 'level_label')).toBe('3 · Yes');
    expect(column(question, 'competency_id')).toBe('');
    expect(column(question, 'summary')).toBe('Missed the basics, says "it depends", a lot');
    expect(new Set(rows.map((row) => column(row, 'decision_label')))).toEqual(new Set(['Needs practice']));
    expect(new Set(rows.map((row) => column(row, 'decision')))).toEqual(new Set(['NEEDS_PRACTICE']));
    expect(column(first, 'decision_rationale')).toBe('Design split the panel; one more round on trade-offs.');
    expect(column(first, 'decided_by')).toBe('Ana María Álvarez-Fernández de la Cruz');
  });

  it('should write each time in UTC and in the export zone, in columns that say which', () => {
    const { rows, column } = table(buildScorecardsCsv(reviewExportFixture()));
    const [first] = rows;

    expect(column(first, 'time_zone')).toBe('Europe/Paris');
    expect(column(first, 'session_starts_at')).toBe('2026-12-14T09:00:00.000Z');
    expect(column(first, 'session_starts_at_local')).toBe('2026-12-14T10:00:00+01:00');
    expect(column(first, 'submitted_at')).toBe('2026-12-14T12:00:00.000Z');
    expect(column(first, 'submitted_at_local')).toBe('2026-12-14T13:00:00+01:00');
    expect(column(first, 'decided_at_utc')).toBe('2026-12-17T16:45:00.000Z');
    expect(column(first, 'decided_at_local')).toBe('2026-12-17T17:45:00+01:00');
  });

  it('should mark a competency not assessed in words and leave its anchor empty', () => {
    const { rows, column } = table(buildScorecardsCsv(reviewExportFixture()));
    const notAssessed = rows.find((row) => column(row, 'not_assessed') === 'true');

    expect(column(notAssessed, 'level')).toBe('');
    expect(column(notAssessed, 'level_label')).toBe('Not assessed');
    expect(column(notAssessed, 'level_anchor')).toBe('');
  });

  it('should keep a scorecard without ratings as one row, and leave the decision empty when none is recorded', () => {
    const data = reviewExportFixture();
    const only = data.review.recommendations.slice(0, 1);
    const { rows, column } = table(
      buildScorecardsCsv({ ...data, questionRatings: [], review: { ...data.review, recommendations: only, ratings: [], decisions: [] } }),
    );

    expect(rows).toHaveLength(1);
    expect(column(rows[0], 'rating_of')).toBe('scorecard');
    expect(column(rows[0], 'recommendation_label')).toBe('Yes');
    expect(column(rows[0], 'decision')).toBe('');
    expect(column(rows[0], 'decided_at_local')).toBe('');
  });
});
