import type { Callers } from './callers';
import type { LoadCall, LoadDriver } from './load-runner';
import type { SignedIn } from './graphql-http';
import type { LoadFixture } from './load-fixture';
import type { WebOperations } from './web-operations';

export type ReadVariant = { caller: SignedIn; variables: Record<string, unknown> };

export type ReadOperation = {
  key: string;
  label: string;
  query: string;
  connections: number;
  /** Requests cycle through these; the raw baseline replays each one's recorded SQL. */
  variants: ReadVariant[];
  /** A small and a large list of the same request: their statement counts must be equal (no N+1). */
  probes?: [ReadVariant, ReadVariant];
};

const VARIANTS = 32;
const ANALYTICS_CONNECTIONS = 4;
const DAY_MS = 86_400_000;

/** The read operations of #7, as the web app sends them. */
export async function buildReadOperations(
  fixture: LoadFixture,
  web: WebOperations,
  callers: Callers,
  connections: number,
): Promise<ReadOperation[]> {
  const coordinator = await callers.get(fixture.coordinator.email);
  const interviewers = await Promise.all(fixture.homeInterviewers.slice(0, VARIANTS).map((email) => callers.get(email)));
  const now = Date.now();
  const search = (term: string, first: number) => ({ search: term, first });
  const room = async (session: { sessionId: string; email: string }): Promise<ReadVariant> => ({
    caller: await callers.get(session.email),
    variables: { id: session.sessionId },
  });
  const asCoordinator = (variables: Record<string, unknown>): ReadVariant => ({ caller: coordinator, variables });
  const [homeSmall, homeLarge] = await Promise.all(fixture.listSizeProbes.home.map((email) => callers.get(email)));

  return [
    {
      key: 'question-search',
      label: 'question search',
      query: web.document('QuestionBankSearch'),
      connections,
      variants: fixture.searchTerms.slice(0, VARIANTS).map((term, index) => ({
        caller: interviewers[index % interviewers.length],
        variables: search(term, 20),
      })),
      probes: [
        { caller: interviewers[0], variables: search('design', 5) },
        { caller: interviewers[0], variables: search('design', 50) },
      ],
    },
    {
      key: 'interviewer-home',
      label: 'interviewer home',
      query: web.merged('InterviewerHome', ['MyInterviews', 'ScorecardsDue']),
      connections,
      variants: interviewers.map((caller) => ({ caller, variables: { days: 14 } })),
      probes: [
        { caller: homeSmall, variables: { days: 14 } },
        { caller: homeLarge, variables: { days: 14 } },
      ],
    },
    {
      key: 'interview-room',
      label: 'interview-room load',
      query: web.document('InterviewRoom'),
      connections,
      variants: await Promise.all(fixture.roomSessions.slice(0, VARIANTS).map(room)),
      probes: [await room(fixture.listSizeProbes.room[0]), await room(fixture.listSizeProbes.room[1])],
    },
    {
      key: 'candidate-review',
      label: 'candidate review matrix',
      query: web.document('CandidateReview'),
      connections,
      variants: fixture.reviewCandidateIds.slice(0, VARIANTS).map((candidateId) => asCoordinator({ candidateId })),
      probes: [
        asCoordinator({ candidateId: fixture.listSizeProbes.review[0] }),
        asCoordinator({ candidateId: fixture.listSizeProbes.review[1] }),
      ],
    },
    {
      key: 'calibration',
      label: 'calibration analytics',
      query: web.document('Calibration'),
      // A few coordinators at once: each request aggregates three months of ratings.
      connections: ANALYTICS_CONNECTIONS,
      // The analytics page's default window (90 days) ending at different days.
      variants: Array.from({ length: 8 }, (_, index) =>
        asCoordinator({
          filter: { from: new Date(now - (90 + index * 30) * DAY_MS).toISOString(), to: new Date(now - index * 30 * DAY_MS).toISOString() },
        }),
      ),
    },
    {
      key: 'slot-finder',
      label: 'slot finder, 3-person panel, 2 weeks',
      query: web.document('FindSlots'),
      connections,
      variants: [30, 45, 60, 90].map((durationMinutes) =>
        asCoordinator({
          input: {
            interviewerIds: fixture.slotPanel.interviewerIds.slice(0, 3),
            from: fixture.slotPanel.from.toISOString(),
            to: fixture.slotPanel.to.toISOString(),
            durationMinutes,
            maxResults: 30,
          },
        }),
      ),
    },
  ];
}

/** Cycles through the operation's variants: GraphQL to the API, or the variant's number to the raw baseline. */
export function readDriver(operation: ReadOperation, target: 'project' | 'raw'): LoadDriver {
  let sent = 0;

  return {
    next(): LoadCall {
      const index = sent++ % operation.variants.length;
      if (target === 'raw') {
        return { path: `/read/${operation.key}`, headers: {}, body: JSON.stringify({ variant: index }) };
      }
      const variant = operation.variants[index];

      return { path: '/graphql', headers: { cookie: variant.caller.cookie }, body: JSON.stringify({ query: operation.query, variables: variant.variables }) };
    },
    settle(_context, status, body) {
      return status === 200 && (target === 'raw' || !(JSON.parse(body) as { errors?: unknown }).errors);
    },
  };
}
