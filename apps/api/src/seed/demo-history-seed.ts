import { randomUUID } from 'node:crypto';

import type { EntityManager } from 'typeorm';

import { toDomainAvailability, type StoredAvailability } from '@api/modules/scheduling/availability.mapper';

import { type DemoInterviewerHabit, type DemoHistoryPlan, planDemoHistory } from './demo-history-plan';

/** How each demo interviewer rates and submits: strict and lenient, quick and late. */
export const DEMO_HABITS: DemoInterviewerHabit[] = [
  { email: 'ana@panelwise.test', bias: 0.1, typicalHoursToSubmit: 3 },
  { email: 'ben@panelwise.test', bias: -0.3, typicalHoursToSubmit: 18 },
  { email: 'dev@panelwise.test', bias: 0.6, typicalHoursToSubmit: 6 },
  { email: 'elena@panelwise.test', bias: -0.55, typicalHoursToSubmit: 30 },
  { email: 'femi@panelwise.test', bias: 0, typicalHoursToSubmit: 60 },
];

const CANDIDATES: [name: string, role: string][] = [
  ['Alex Morgan', 'Backend Engineer'],
  ['Bea Costa', 'Backend Engineer'],
  ['Chidi Eze', 'Backend Engineer'],
  ['Dana Kowalski', 'Backend Engineer'],
  ['Emil Novak', 'Platform Engineer'],
  ['Fatima Zahra', 'Backend Engineer'],
  ['Gus Lindqvist', 'Backend Engineer'],
  ['Hana Sato', 'Platform Engineer'],
  ['Ivan Petrov', 'Backend Engineer'],
  ['Julia Weber', 'Backend Engineer'],
  ['Kofi Mensah', 'Backend Engineer'],
  ['Lena Fischer', 'Platform Engineer'],
  ['Mateo Ruiz', 'Backend Engineer'],
  ['Nina Horvat', 'Backend Engineer'],
  ['Omar Haddad', 'Backend Engineer'],
  ['Paula Silva', 'Platform Engineer'],
  ['Quinn Byrne', 'Backend Engineer'],
  ['Rosa Jansen', 'Backend Engineer'],
  ['Sven Olsen', 'Backend Engineer'],
  ['Tara Singh', 'Platform Engineer'],
  ['Umar Farooq', 'Backend Engineer'],
  ['Vera Ivanova', 'Backend Engineer'],
  ['Wen Zhou', 'Platform Engineer'],
  ['Ximena Torres', 'Backend Engineer'],
  ['Yusuf Demir', 'Backend Engineer'],
  ['Zoe Clarke', 'Backend Engineer'],
  ['Aiden Walsh', 'Platform Engineer'],
  ['Beatriz Lima', 'Backend Engineer'],
  ['Caleb Brooks', 'Backend Engineer'],
  ['Dalia Mansour', 'Backend Engineer'],
];

const RECOMMENDATIONS = ['STRONG_NO', 'NO', 'YES', 'STRONG_YES'] as const;
const EVIDENCE = [
  'Could not explain the basics when asked twice.',
  'Got there with hints; trade-offs stayed vague.',
  'Clear answer with the main trade-offs named.',
  'Went beyond the question and caught the edge cases unprompted.',
];
const RATIONALE: Record<'ADVANCE' | 'HOLD' | 'REJECT', string> = {
  ADVANCE: 'Consistent strengths across the panel; move to the final loop.',
  HOLD: 'Mixed signals between panelists; one more technical session before deciding.',
  REJECT: 'Fundamentals were not there in any session.',
};

type Row = Record<string, unknown>;

// One statement per table: a JSON array of rows expanded by PostgreSQL (fast on the embedded database).
async function insertRows(manager: EntityManager, table: string, columns: Record<string, string>, rows: Row[]): Promise<void> {
  if (!rows.length) {
    return;
  }
  const names = Object.keys(columns);
  await manager.query(
    `INSERT INTO ${table} (${names.join(', ')})
     SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${names.map((name) => `${name} ${columns[name]}`).join(', ')})`,
    [JSON.stringify(rows)],
  );
}

export type DemoHistoryContext = {
  teamId: string;
  kitId: string;
  coordinatorId: string;
  /** Interviewers by email, with their saved availability. */
  interviewers: { id: string; email: string; availability: StoredAvailability }[];
  competencyIds: string[];
  rubricVersionId: string;
  /** The kit's questions in order, with their current revision. */
  questions: { questionId: string; revisionId: string; plannedMinutes: number }[];
  minimumNoticeMinutes: number;
  now: Date;
};

/**
 * Four months of past sessions, scorecards, decisions and their audit trail,
 * written straight into the tables (a past time cannot be booked through
 * scheduleSession). Each session passed the booking rule when the plan booked
 * it (see planDemoHistory).
 */
export async function seedDemoHistory(manager: EntityManager, context: DemoHistoryContext): Promise<DemoHistoryPlan> {
  const byEmail = new Map(context.interviewers.map((person) => [person.email, person]));
  const plan = planDemoHistory({
    now: context.now,
    interviewers: DEMO_HABITS.flatMap((habit) => {
      const person = byEmail.get(habit.email);

      return person ? [{ ...habit, id: person.id, availability: toDomainAvailability(person.availability) }] : [];
    }),
    candidateCount: CANDIDATES.length,
    competencyCount: context.competencyIds.length,
    questionCount: context.questions.length,
    minimumNoticeMinutes: context.minimumNoticeMinutes,
  });
  const { teamId } = context;
  const candidateIds = CANDIDATES.map(() => randomUUID());
  const firstSessionOf = new Map<number, Date>();
  for (const session of plan.sessions) {
    if (!firstSessionOf.has(session.candidateIndex)) {
      firstSessionOf.set(session.candidateIndex, session.bookedAt);
    }
  }
  const used = CANDIDATES.flatMap(([name, role], index) => {
    const createdAt = firstSessionOf.get(index);

    return createdAt ? [{ index, name, role, createdAt }] : [];
  });
  const rows = {
    candidates: used.map(({ index, name, role, createdAt }) => ({
      id: candidateIds[index],
      team_id: teamId,
      name,
      email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`,
      target_role: role,
      notes: '',
      created_at: createdAt,
      updated_at: createdAt,
    })),
    sessions: [] as Row[],
    panelists: [] as Row[],
    questions: [] as Row[],
    events: [] as Row[],
    scorecards: [] as Row[],
    ratings: [] as Row[],
    questionRatings: [] as Row[],
    audit: used.map(({ index, createdAt }) => ({
      team_id: teamId,
      actor_id: context.coordinatorId,
      action: 'candidate.created',
      record_type: 'candidate',
      record_id: candidateIds[index],
      at: createdAt,
      details: {},
    })) as Row[],
  };

  for (const session of plan.sessions) {
    const id = randomUUID();
    const period = `[${session.start.toISOString()},${session.end.toISOString()})`;
    rows.sessions.push({
      id,
      team_id: teamId,
      candidate_id: candidateIds[session.candidateIndex],
      kit_id: context.kitId,
      starts_at: session.start,
      ends_at: session.end,
      time_zone: 'Europe/London',
      location: 'https://meet.example.com/panelwise-demo',
      status: 'COMPLETED',
      started_at: session.startedAt,
      completed_at: session.completedAt,
      created_by_id: context.coordinatorId,
      created_at: session.bookedAt,
      updated_at: session.completedAt,
    });
    session.panelIds.forEach((userId, position) => {
      rows.panelists.push({ session_id: id, user_id: userId, role: position === 0 ? 'LEAD' : 'CO_INTERVIEWER', period, is_active: true });
    });
    const sessionQuestionIds = context.questions.map((question, position) => {
      const questionRowId = randomUUID();
      const isAsked = position < session.askedQuestions;
      rows.questions.push({
        id: questionRowId,
        session_id: id,
        question_id: question.questionId,
        revision_id: question.revisionId,
        position,
        planned_minutes: question.plannedMinutes,
        asked_at: isAsked ? new Date(session.startedAt.getTime() + (5 + position * 12) * 60_000) : null,
        asked_by_id: isAsked ? session.panelIds[0] : null,
        skipped_at: null,
      });

      return questionRowId;
    });
    rows.events.push(
      { session_id: id, actor_id: context.coordinatorId, kind: 'SCHEDULED', at: session.bookedAt, details: {} },
      { session_id: id, actor_id: session.panelIds[0], kind: 'STARTED', at: session.startedAt, details: {} },
      { session_id: id, actor_id: session.panelIds[0], kind: 'COMPLETED', at: session.completedAt, details: {} },
    );
    rows.audit.push({
      team_id: teamId,
      actor_id: context.coordinatorId,
      action: 'session.scheduled',
      record_type: 'session',
      record_id: id,
      at: session.bookedAt,
      details: {},
    });
    for (const scorecard of session.scorecards) {
      if (!scorecard.submittedAt && !scorecard.isDraft) {
        continue;
      }
      const scorecardId = randomUUID();
      const mean = scorecard.levels.reduce((a, b) => a + b, 0) / Math.max(1, scorecard.levels.length);
      const written = scorecard.submittedAt ?? session.completedAt;
      rows.scorecards.push({
        id: scorecardId,
        team_id: teamId,
        session_id: id,
        interviewer_id: scorecard.interviewerId,
        rubric_version_id: context.rubricVersionId,
        status: scorecard.submittedAt ? 'SUBMITTED' : 'DRAFT',
        recommendation: RECOMMENDATIONS[Math.round(mean) - 1] ?? 'YES',
        summary: scorecard.submittedAt ? 'See the evidence per competency.' : '',
        submitted_at: scorecard.submittedAt,
        version: scorecard.submittedAt ? 2 : 1,
        created_at: session.completedAt < written ? session.completedAt : written,
        updated_at: written,
      });
      scorecard.levels.forEach((level, index) => {
        rows.ratings.push({ scorecard_id: scorecardId, competency_id: context.competencyIds[index], level, not_assessed: false, evidence: EVIDENCE[level - 1] });
      });
      scorecard.questionLevels.forEach((level, index) => {
        rows.questionRatings.push({ scorecard_id: scorecardId, session_question_id: sessionQuestionIds[index], level });
      });
      if (scorecard.submittedAt) {
        rows.audit.push({
          team_id: teamId,
          actor_id: scorecard.interviewerId,
          action: 'scorecard.submitted',
          record_type: 'scorecard',
          record_id: scorecardId,
          at: scorecard.submittedAt,
          details: { sessionId: id },
        });
      }
    }
  }
  const decisions = plan.decisions.map((decision) => ({
    id: randomUUID(),
    team_id: teamId,
    candidate_id: candidateIds[decision.candidateIndex],
    decision: decision.decision,
    rationale: RATIONALE[decision.decision],
    decided_by_id: context.coordinatorId,
    decided_at: decision.decidedAt,
  }));
  for (const decision of decisions) {
    rows.audit.push({
      team_id: teamId,
      actor_id: context.coordinatorId,
      action: 'debrief.decided',
      record_type: 'candidate',
      record_id: decision.candidate_id,
      at: decision.decided_at,
      details: { decision: decision.decision },
    });
  }

  await insertRows(manager, 'candidate', { id: 'uuid', team_id: 'uuid', name: 'text', email: 'text', target_role: 'text', notes: 'text', created_at: 'timestamptz', updated_at: 'timestamptz' }, rows.candidates);
  await insertRows(
    manager,
    'interview_session',
    {
      id: 'uuid', team_id: 'uuid', candidate_id: 'uuid', kit_id: 'uuid', starts_at: 'timestamptz', ends_at: 'timestamptz', time_zone: 'text',
      location: 'text', status: 'session_status', started_at: 'timestamptz', completed_at: 'timestamptz', created_by_id: 'uuid',
      created_at: 'timestamptz', updated_at: 'timestamptz',
    },
    rows.sessions,
  );
  await insertRows(manager, 'session_panelist', { session_id: 'uuid', user_id: 'uuid', role: 'panel_role', period: 'tstzrange', is_active: 'boolean' }, rows.panelists);
  await insertRows(
    manager,
    'session_question',
    {
      id: 'uuid', session_id: 'uuid', question_id: 'uuid', revision_id: 'uuid', position: 'int', planned_minutes: 'int',
      asked_at: 'timestamptz', asked_by_id: 'uuid', skipped_at: 'timestamptz',
    },
    rows.questions,
  );
  await insertRows(manager, 'session_event', { session_id: 'uuid', actor_id: 'uuid', kind: 'text', at: 'timestamptz', details: 'jsonb' }, rows.events);
  await insertRows(
    manager,
    'scorecard',
    {
      id: 'uuid', team_id: 'uuid', session_id: 'uuid', interviewer_id: 'uuid', rubric_version_id: 'uuid', status: 'scorecard_status',
      recommendation: 'recommendation', summary: 'text', submitted_at: 'timestamptz', version: 'int', created_at: 'timestamptz', updated_at: 'timestamptz',
    },
    rows.scorecards,
  );
  await insertRows(manager, 'scorecard_rating', { scorecard_id: 'uuid', competency_id: 'text', level: 'int', not_assessed: 'boolean', evidence: 'text' }, rows.ratings);
  await insertRows(manager, 'scorecard_question_rating', { scorecard_id: 'uuid', session_question_id: 'uuid', level: 'int' }, rows.questionRatings);
  await insertRows(
    manager,
    'debrief_decision',
    { id: 'uuid', team_id: 'uuid', candidate_id: 'uuid', decision: 'debrief_decision_kind', rationale: 'text', decided_by_id: 'uuid', decided_at: 'timestamptz' },
    decisions,
  );
  await insertRows(
    manager,
    'audit_event',
    { team_id: 'uuid', actor_id: 'uuid', action: 'text', record_type: 'text', record_id: 'uuid', at: 'timestamptz', details: 'jsonb' },
    rows.audit,
  );

  return plan;
}
