import { PanelRole, SessionStatus } from '@api/core/session-status';
import { DebriefDecisionKind } from '@api/modules/review/debrief-decision-kind';
import type { CandidateReviewModel } from '@api/modules/review/dto/review.model';
import type { ReviewExport } from '@api/modules/review/review-export.model';
import type { ScorecardRubric } from '@api/modules/review/review-export.read-model';
import type { SessionModel } from '@api/modules/scheduling/dto/session.model';
import { Recommendation } from '@api/modules/scorecard/scorecard-status';

const user = (id: string, name: string) => ({ id, name, email: `${id}@example.test`, timeZone: 'Europe/Paris' });

/** Interviewers whose names are long, accented, Cyrillic or Greek: the packet must print each. */
export const INTERVIEWERS = [
  user('ana', 'Ana María Álvarez-Fernández de la Cruz'),
  user('dmitry', 'Дмитрий Ковалёв'),
  user('eleni', 'Ελένη Παπαδοπούλου'),
  user('nguyen', 'Nguyễn Thị Ánh'),
  user('bjorn', 'Bjørn Ødegård'),
  user('ben', 'Ben O’Neil'),
];

const COMPETENCIES = [
  { id: 'coding', name: 'Coding fluency' },
  { id: 'design', name: 'System design and trade-offs under realistic constraints' },
  { id: 'comms', name: 'Communication' },
];

export const RUBRIC: ScorecardRubric = {
  scale: [
    { level: 1, label: 'Strong no' },
    { level: 2, label: 'No' },
    { level: 3, label: 'Yes' },
    { level: 4, label: 'Strong yes' },
  ],
  competencies: COMPETENCIES.map((competency) => ({
    ...competency,
    description: `How well the candidate shows ${competency.name.toLowerCase()}.`,
    anchors: [1, 2, 3, 4].map((level) => ({ level, text: `${competency.name} anchor at level ${level}: observable behaviour described in the rubric.` })),
  })),
};

function session(id: string, startsAt: string, panel: typeof INTERVIEWERS): SessionModel {
  return {
    id,
    candidate: { id: 'zoe', name: 'Zoë Łukasiewicz-Øvergård', email: 'zoe@example.test', targetRole: 'Staff engineer', notes: '', version: 1, createdAt: new Date(), updatedAt: new Date() },
    kitId: 'kit',
    kitName: 'Backend loop — distributed systems',
    startsAt: new Date(startsAt),
    endsAt: new Date(new Date(startsAt).getTime() + 3_600_000),
    timeZone: 'Europe/Paris',
    location: 'Room 1',
    status: SessionStatus.COMPLETED,
    startedAt: null,
    completedAt: null,
    revealAt: null,
    panel: panel.map((member, index) => ({ user: member, role: index === 0 ? PanelRole.LEAD : index === panel.length - 1 ? PanelRole.SHADOW : PanelRole.CO_INTERVIEWER })),
    history: [],
    rescheduleCount: 0,
    sequence: 0,
    version: 1,
  };
}

/** A candidate seen by six interviewers over two sessions, with every part of the packet filled. */
export function reviewExportFixture(overrides: Partial<ReviewExport> = {}): ReviewExport {
  const first = session('s1', '2026-12-14T09:00:00Z', INTERVIEWERS.slice(0, 4));
  const second = session('s2', '2026-12-16T14:30:00Z', [INTERVIEWERS[0], ...INTERVIEWERS.slice(4)].filter((member) => member !== undefined));
  const scorecards = [
    ...INTERVIEWERS.slice(0, 4).map((member, index) => ({ id: `sc-${member.id}`, session: first, member, index })),
    ...[INTERVIEWERS[0], INTERVIEWERS[4], INTERVIEWERS[5]].map((member, index) => ({ id: `sc2-${member?.id}`, session: second, member: member ?? INTERVIEWERS[0], index: index + 4 })),
  ];
  const levels = [4, 1, 3, 2, 3, 4, 3];
  const review: CandidateReviewModel = {
    candidate: first.candidate,
    sessions: [first, second],
    competencies: COMPETENCIES,
    ratings: scorecards.flatMap((scorecard) =>
      COMPETENCIES.map((competency, competencyIndex) => ({
        scorecardId: scorecard.id,
        sessionId: scorecard.session.id,
        interviewer: scorecard.member ?? INTERVIEWERS[0],
        competencyId: competency.id,
        level: competencyIndex === 2 && scorecard.index === 5 ? null : (levels[scorecard.index] ?? 3),
        notAssessed: competencyIndex === 2 && scorecard.index === 5,
        evidence:
          competencyIndex === 0 && scorecard.index === 0
            ? `Long evidence. ${'Wrote a working solution, explained the invariants and tested the edge cases; '.repeat(30)}`
            : `Evidence from ${scorecard.member?.name} on ${competency.name}.`,
      })),
    ),
    recommendations: scorecards.map((scorecard) => ({
      scorecardId: scorecard.id,
      sessionId: scorecard.session.id,
      interviewer: scorecard.member ?? INTERVIEWERS[0],
      recommendation: (levels[scorecard.index] ?? 3) >= 3 ? Recommendation.YES : Recommendation.STRONG_NO,
      summary: scorecard.index === 1 ? 'Missed the basics, says "it depends", a lot' : `Summary by ${scorecard.member?.name}.`,
      submittedAt: new Date(scorecard.session.endsAt.getTime() + 2 * 3_600_000),
    })),
    recommendationTally: [],
    disagreements: [{ competencyId: 'coding', competencyName: 'Coding fluency', lowest: 1, highest: 4, spread: 3 }],
    opposingRecommendations: true,
    pending: [{ sessionId: 's2', interviewer: INTERVIEWERS[5] ?? INTERVIEWERS[0], endedAt: second.endsAt, hasDraft: true }] as CandidateReviewModel['pending'],
    decisions: [
      { id: 'd2', decision: DebriefDecisionKind.NEEDS_PRACTICE, rationale: 'Design split the panel; one more round on trade-offs.', decidedBy: INTERVIEWERS[0] ?? null, decidedAt: new Date('2026-12-17T16:45:00Z') },
      { id: 'd1', decision: DebriefDecisionKind.HOLD, rationale: 'Waiting for the second session.', decidedBy: null, decidedAt: new Date('2026-12-14T18:00:00Z') },
    ],
  };

  return {
    review,
    teamName: 'Équipe Nord — Hiring',
    timeZone: 'Europe/Paris',
    generatedAt: new Date('2026-12-18T08:05:00Z'),
    rubricByScorecard: new Map(scorecards.map((scorecard) => [scorecard.id, RUBRIC])),
    questionRatings: scorecards.slice(0, 4).flatMap((scorecard) =>
      [1, 2].map((position) => ({
        scorecardId: scorecard.id,
        sessionId: scorecard.session.id,
        interviewer: scorecard.member ?? INTERVIEWERS[0],
        sessionQuestionId: `q${position}`,
        position,
        prompt: position === 1 ? 'Design a rate limiter for a public API.' : 'Explain how you would shard a table that grows by a billion rows a day, and what you would measure first.',
        level: position + (scorecard.index % 2),
      })),
    ),
    ...overrides,
  };
}
