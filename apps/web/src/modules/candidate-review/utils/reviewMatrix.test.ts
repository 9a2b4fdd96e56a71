import { describe, expect, it } from 'vitest';

import { buildReviewMatrix, type ReviewMatrixSource } from './reviewMatrix';

const ana = { id: 'user-ana', name: 'Ana Interviewer' };
const ben = { id: 'user-ben', name: 'Ben Interviewer' };

function sourceFixture(
  overrides: Partial<ReviewMatrixSource> = {},
): ReviewMatrixSource {
  return {
    sessions: [
      {
        id: 'session-2',
        startsAt: '2026-03-10T09:00:00.000Z',
        kitName: 'System design',
      },
      {
        id: 'session-1',
        startsAt: '2026-03-01T09:00:00.000Z',
        kitName: 'Technical loop',
      },
    ],
    competencies: [
      { id: 'depth', name: 'Technical depth' },
      { id: 'comms', name: 'Communication' },
    ],
    ratings: [
      {
        scorecardId: 'sc-ana-1',
        sessionId: 'session-1',
        interviewer: ana,
        competencyId: 'depth',
        level: 4,
        notAssessed: false,
        evidence: 'Explained MVCC.',
      },
      {
        scorecardId: 'sc-ana-1',
        sessionId: 'session-1',
        interviewer: ana,
        competencyId: 'comms',
        level: null,
        notAssessed: true,
        evidence: '',
      },
      {
        scorecardId: 'sc-ben-1',
        sessionId: 'session-1',
        interviewer: ben,
        competencyId: 'depth',
        level: 1,
        notAssessed: false,
        evidence: 'Could not explain indexes.',
      },
      {
        scorecardId: 'sc-ben-2',
        sessionId: 'session-2',
        interviewer: ben,
        competencyId: 'comms',
        level: 3,
        notAssessed: false,
        evidence: '',
      },
    ],
    recommendations: [
      {
        scorecardId: 'sc-ana-1',
        sessionId: 'session-1',
        interviewer: ana,
        recommendation: 'STRONG_YES',
        summary: 'Hire.',
      },
      {
        scorecardId: 'sc-ben-1',
        sessionId: 'session-1',
        interviewer: ben,
        recommendation: 'NO',
        summary: 'Not yet.',
      },
    ],
    disagreements: [{ competencyId: 'depth', lowest: 1, highest: 4 }],
    ...overrides,
  };
}

describe('buildReviewMatrix', () => {
  it('should make one row per submitted scorecard, grouped by session in date order', () => {
    const matrix = buildReviewMatrix(sourceFixture());

    expect(matrix.rowCount).toBe(3);
    expect(
      matrix.groups.map((group) => ({
        sessionId: group.sessionId,
        kitName: group.kitName,
        rows: group.rows.map((row) => row.scorecardId),
      })),
    ).toEqual([
      {
        sessionId: 'session-1',
        kitName: 'Technical loop',
        rows: ['sc-ana-1', 'sc-ben-1'],
      },
      { sessionId: 'session-2', kitName: 'System design', rows: ['sc-ben-2'] },
    ]);
  });

  it('should put each rating under its competency, not-assessed ones without a level', () => {
    const matrix = buildReviewMatrix(sourceFixture());
    const anaRow = matrix.groups[0]?.rows[0];

    expect(anaRow?.cells).toEqual({
      depth: { level: 4, notAssessed: false, evidence: 'Explained MVCC.' },
      comms: { level: null, notAssessed: true, evidence: '' },
    });
    expect(anaRow?.recommendation).toBe('STRONG_YES');
    expect(anaRow?.summary).toBe('Hire.');
  });

  it('should leave a cell empty when the scorecard did not rate that competency', () => {
    const matrix = buildReviewMatrix(sourceFixture());
    const benSecond = matrix.groups[1]?.rows[0];

    expect(benSecond?.cells['depth']).toBeUndefined();
    expect(benSecond?.recommendation).toBeNull();
  });

  it('should mark the columns of disagreeing competencies with their range', () => {
    const matrix = buildReviewMatrix(sourceFixture());

    expect(matrix.columns).toEqual([
      {
        id: 'depth',
        name: 'Technical depth',
        disagreement: { lowest: 1, highest: 4 },
      },
      { id: 'comms', name: 'Communication', disagreement: null },
    ]);
  });

  it('should list a scorecard that has a recommendation but no ratings', () => {
    const matrix = buildReviewMatrix(
      sourceFixture({
        ratings: [],
        disagreements: [],
        recommendations: [
          {
            scorecardId: 'sc-only',
            sessionId: 'session-1',
            interviewer: ana,
            recommendation: 'YES',
            summary: '',
          },
        ],
      }),
    );

    expect(matrix.rowCount).toBe(1);
    expect(matrix.groups[0]?.rows[0]?.cells).toEqual({});
  });

  it('should be empty when nothing is submitted', () => {
    const matrix = buildReviewMatrix(
      sourceFixture({ ratings: [], recommendations: [], disagreements: [] }),
    );

    expect(matrix.rowCount).toBe(0);
    expect(matrix.groups).toEqual([]);
  });
});
