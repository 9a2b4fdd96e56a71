import type { Recommendation } from '@web/generated/graphql';

type Person = { id: string; name: string };

export type MatrixCell = {
  level: number | null;
  notAssessed: boolean;
  evidence: string;
};

export type MatrixColumn = {
  id: string;
  name: string;
  /** Set when the panel's ratings spread over 2 or more levels. */
  disagreement: { lowest: number; highest: number } | null;
};

/** One submitted scorecard: an interviewer in a session. */
export type MatrixRow = {
  scorecardId: string;
  sessionId: string;
  interviewer: Person;
  /** By competency id; missing when the scorecard's rubric lacks it. */
  cells: Record<string, MatrixCell | undefined>;
  recommendation: Recommendation | null;
  summary: string;
};

export type MatrixSessionGroup = {
  sessionId: string;
  startsAt: string | null;
  kitName: string | null;
  rows: MatrixRow[];
};

export type ReviewMatrix = {
  columns: MatrixColumn[];
  /** In session order; rows in the API's order (by interviewer name). */
  groups: MatrixSessionGroup[];
  rowCount: number;
};

export type ReviewMatrixSource = {
  sessions: readonly { id: string; startsAt: string; kitName: string }[];
  competencies: readonly { id: string; name: string }[];
  ratings: readonly {
    scorecardId: string;
    sessionId: string;
    interviewer: Person;
    competencyId: string;
    level: number | null;
    notAssessed: boolean;
    evidence: string;
  }[];
  recommendations: readonly {
    scorecardId: string;
    sessionId: string;
    interviewer: Person;
    recommendation: Recommendation;
    summary: string;
  }[];
  disagreements: readonly {
    competencyId: string;
    lowest: number;
    highest: number;
  }[];
};

/** Rows = submitted scorecards grouped by session, columns = competencies. */
export function buildReviewMatrix(source: ReviewMatrixSource): ReviewMatrix {
  const disagreements = new Map(
    source.disagreements.map((entry) => [entry.competencyId, entry]),
  );
  const columns = source.competencies.map((competency) => {
    const disagreement = disagreements.get(competency.id);

    return {
      id: competency.id,
      name: competency.name,
      disagreement: disagreement
        ? { lowest: disagreement.lowest, highest: disagreement.highest }
        : null,
    };
  });

  const rows = new Map<string, MatrixRow>();
  const rowOf = (entry: {
    scorecardId: string;
    sessionId: string;
    interviewer: Person;
  }): MatrixRow => {
    const existing = rows.get(entry.scorecardId);
    if (existing) {
      return existing;
    }
    const row: MatrixRow = {
      scorecardId: entry.scorecardId,
      sessionId: entry.sessionId,
      interviewer: { id: entry.interviewer.id, name: entry.interviewer.name },
      cells: {},
      recommendation: null,
      summary: '',
    };
    rows.set(entry.scorecardId, row);

    return row;
  };
  for (const rating of source.ratings) {
    rowOf(rating).cells[rating.competencyId] = {
      level: rating.notAssessed ? null : rating.level,
      notAssessed: rating.notAssessed,
      evidence: rating.evidence,
    };
  }
  for (const entry of source.recommendations) {
    const row = rowOf(entry);
    row.recommendation = entry.recommendation;
    row.summary = entry.summary;
  }

  const sessions = new Map(
    source.sessions.map((session) => [session.id, session]),
  );
  const groups = new Map<string, MatrixSessionGroup>();
  for (const row of rows.values()) {
    const session = sessions.get(row.sessionId);
    const group = groups.get(row.sessionId) ?? {
      sessionId: row.sessionId,
      startsAt: session?.startsAt ?? null,
      kitName: session?.kitName ?? null,
      rows: [],
    };
    group.rows.push(row);
    groups.set(row.sessionId, group);
  }

  return {
    columns,
    groups: [...groups.values()].sort((a, b) =>
      (a.startsAt ?? '').localeCompare(b.startsAt ?? ''),
    ),
    rowCount: rows.size,
  };
}
