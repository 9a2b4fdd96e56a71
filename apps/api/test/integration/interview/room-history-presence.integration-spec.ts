import { TEST_PASSWORD, addMember, createTeam } from '@api-test/support/fixtures';
import { createPanelFixture, type PanelFixture } from '@api-test/support/interview-fixture';
import { subscribe } from '@api-test/support/subscription-client';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

import { TeamRole } from '@api/core/auth/team-role';

const ACTIVITY = `subscription Activity($sessionId: ID!, $inRoom: Boolean! = false) {
  sessionActivity(sessionId: $sessionId, inRoom: $inRoom) { id kind actorId sessionQuestionId at } }`;
const HISTORY = `query History($sessionId: ID!, $last: Int! = 20) {
  sessionActivityHistory(sessionId: $sessionId, last: $last) { id kind sessionId sessionQuestionId actorId actorName at } }`;
const PRESENCE = `query Presence($sessionId: ID!) { sessionPresence(sessionId: $sessionId) { role since user { id name } } }`;
const ASK = `mutation Ask($input: MarkQuestionAskedInput!) { markQuestionAsked(input: $input) { id } }`;
const START = `mutation Start($input: SessionIdInput!) { startSession(input: $input) { id } }`;
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
// Short enough to see connections expire in a test: refreshed every second, a reload's grace 0.6 s.
const TTL_SECONDS = 3;

type Activity = { sessionActivity: { id: string; kind: string; actorId: string | null } };
type Presence = { sessionPresence: { role: string | null; user: { id: string } }[] };

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(read: () => Promise<T>, isDone: (value: T) => boolean, timeoutMs = 8_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!isDone(value) && Date.now() < deadline) {
    await sleep(100);
    value = await read();
  }

  return value;
}

describe('room history and presence', () => {
  let replicaA: TestApp;
  let replicaB: TestApp;
  let panel: PanelFixture;

  beforeAll(async () => {
    replicaA = await startTestApp({ REDIS_URL, ROOM_PRESENCE_TTL_SECONDS: TTL_SECONDS });
    replicaB = await startTestApp({ REDIS_URL, ROOM_PRESENCE_TTL_SECONDS: TTL_SECONDS }, { database: replicaA.database });
    panel = await createPanelFixture(replicaA, 'presence');
  });

  afterAll(async () => {
    await replicaB.close();
    await replicaA.close();
  });

  const presentIds = async (sessionId: string) =>
    (await panel.coordinator.data<Presence>(PRESENCE, { sessionId })).sessionPresence.map((entry) => entry.user.id);

  it('should keep what the feed showed, so a reload reads the same events with the same ids, newest first', async () => {
    const session = await panel.schedule();
    const live = subscribe<Activity>(replicaB.baseUrl, panel.lead, ACTIVITY, { sessionId: session.id });
    try {
      await sleep(200);
      await panel.co.data(START, { input: { sessionId: session.id } });
      await panel.co.data(ASK, { input: { sessionQuestionId: session.sessionQuestionIds[0], asked: true } });
      const events = await live.next(2);
      const { sessionActivityHistory: history } = await panel.lead.data(HISTORY, { sessionId: session.id });

      expect(history).toEqual([
        expect.objectContaining({
          kind: 'QUESTION_ASKED',
          sessionId: session.id,
          sessionQuestionId: session.sessionQuestionIds[0],
          actorId: panel.members.co.userId,
          actorName: expect.any(String),
        }),
        expect.objectContaining({ kind: 'SESSION_STARTED', actorId: panel.members.co.userId }),
      ]);
      expect(history.map((event: { id: string }) => event.id)).toEqual(events.map((event) => event.sessionActivity.id).reverse());
      const { sessionActivityHistory: latest } = await panel.shadow.data(HISTORY, { sessionId: session.id, last: 1 });
      expect(latest).toEqual([expect.objectContaining({ kind: 'QUESTION_ASKED' })]);
    } finally {
      await live.close();
    }
  });

  it('should let only the panel and the team\u2019s coordinators read the history and presence', async () => {
    const session = await panel.schedule({ startsAt: inDays(3) });
    const outsider = await replicaA.client().signIn((await createTeam(replicaA.dataSource, 'presence-out')).coordinator.email, TEST_PASSWORD);
    const offPanel = await addMember(replicaA.dataSource, panel.team.teamId, 'presence-off@example.test', TeamRole.INTERVIEWER);
    const teammate = await replicaA.client().signIn(offPanel.email, TEST_PASSWORD);
    const anonymous = replicaA.client();

    for (const query of [HISTORY, PRESENCE]) {
      await expect(outsider.errorCode(query, { sessionId: session.id })).resolves.toBe('NOT_FOUND');
      await expect(teammate.errorCode(query, { sessionId: session.id })).resolves.toBe('NOT_FOUND');
      await expect(anonymous.errorCode(query, { sessionId: session.id })).resolves.toBe('UNAUTHENTICATED');
      await expect(panel.coordinator.request(query, { sessionId: session.id })).resolves.not.toHaveProperty('errors');
      await expect(panel.shadow.request(query, { sessionId: session.id })).resolves.not.toHaveProperty('errors');
    }
    await expect(panel.lead.errorCode(HISTORY, { sessionId: session.id, last: 101 })).resolves.toBe('BAD_USER_INPUT');
    await expect(panel.lead.errorCode(HISTORY, { sessionId: 'not-a-uuid' })).resolves.toBe('BAD_USER_INPUT');
  });

  it('should show on one replica who has the room open on another, and only from the room', async () => {
    const session = await panel.schedule({ startsAt: inDays(4) });
    const scorecardPage = subscribe<Activity>(replicaA.baseUrl, panel.co, ACTIVITY, { sessionId: session.id });
    const room = subscribe<Activity>(replicaA.baseUrl, panel.lead, ACTIVITY, { sessionId: session.id, inRoom: true });
    try {
      const [joined] = await room.next(1);
      expect(joined?.sessionActivity).toMatchObject({ kind: 'PANELIST_JOINED', actorId: panel.members.lead.userId });

      const { sessionPresence } = await panel.shadow.data<Presence>(PRESENCE, { sessionId: session.id });
      expect(sessionPresence).toEqual([expect.objectContaining({ role: 'LEAD', user: expect.objectContaining({ id: panel.members.lead.userId }) })]);
      // Seen from the other replica too, and still there after several TTLs: the open connection is refreshed.
      await sleep(TTL_SECONDS * 1000 * 1.7);
      const fromB = await replicaB.client().signIn(panel.team.coordinator.email, TEST_PASSWORD);
      const { sessionPresence: seenOnB } = await fromB.data<Presence>(PRESENCE, { sessionId: session.id });
      expect(seenOnB.map((entry) => entry.user.id)).toEqual([panel.members.lead.userId]);
    } finally {
      await scorecardPage.close();
      await room.close();
    }
    await expect(until(() => presentIds(session.id), (ids) => ids.length === 0)).resolves.toEqual([]);
  });

  it('should announce leaving once the grace has passed, and neither leaving nor joining for a reload', async () => {
    const session = await panel.schedule({ startsAt: inDays(5) });
    const watcher = subscribe<Activity>(replicaB.baseUrl, panel.co, ACTIVITY, { sessionId: session.id, inRoom: true });
    await watcher.next(1);
    const first = subscribe<Activity>(replicaA.baseUrl, panel.lead, ACTIVITY, { sessionId: session.id, inRoom: true });
    await first.next(1);
    await first.close();
    // The reload: the room opens again on the other replica straight away.
    const reloaded = subscribe<Activity>(replicaB.baseUrl, panel.lead, ACTIVITY, { sessionId: session.id, inRoom: true });
    await sleep(TTL_SECONDS * 1000);
    await reloaded.close();
    const events = await until(
      async () => (await panel.co.data(HISTORY, { sessionId: session.id })).sessionActivityHistory as { kind: string; actorId: string }[],
      (history) => history.some((event) => event.kind === 'PANELIST_LEFT'),
    );
    await watcher.close();

    expect(events.filter((event) => event.actorId === panel.members.lead.userId).map((event) => event.kind)).toEqual([
      'PANELIST_LEFT',
      'PANELIST_JOINED',
    ]);
  });

  it('should drop a connection whose replica stopped refreshing it once the TTL has passed', async () => {
    const session = await panel.schedule({ startsAt: inDays(6) });
    const room = subscribe<Activity>(replicaA.baseUrl, panel.co, ACTIVITY, { sessionId: session.id, inRoom: true });
    try {
      await room.next(1);
      await expect(presentIds(session.id)).resolves.toEqual([panel.members.co.userId]);
      // What a replica that died leaves behind: a row nobody refreshes.
      await replicaA.dataSource.query(
        `INSERT INTO session_presence (session_id, user_id, connected_at, last_seen_at) VALUES ($1, $2, now() - interval '1 hour', now() - make_interval(secs => $3))`,
        [session.id, panel.members.lead.userId, TTL_SECONDS + 1],
      );

      await expect(presentIds(session.id)).resolves.toEqual([panel.members.co.userId]);
    } finally {
      await room.close();
    }
  });

  it('should give the room the kit\u2019s instructions', async () => {
    await panel.coordinator.data(
      `mutation U($input: UpdateKitInput!) { updateKit(input: $input) { id } }`,
      await (async () => {
        const { kit } = await panel.coordinator.data(`query K($id: ID!) { kit(id: $id) { version name targetRole rubricId items { plannedMinutes question { id } } } }`, {
          id: panel.kitId,
        });

        return {
          input: {
            id: panel.kitId,
            expectedVersion: kit.version,
            name: kit.name,
            targetRole: kit.targetRole,
            rubricId: kit.rubricId,
            instructions: 'Introduce the panel first.',
            items: kit.items.map((item: { plannedMinutes: number; question: { id: string } }) => ({
              questionId: item.question.id,
              plannedMinutes: item.plannedMinutes,
            })),
          },
        };
      })(),
    );
    const session = await panel.schedule({ startsAt: inDays(7) });
    const { session: read } = await panel.shadow.data(`query S($id: ID!) { session(id: $id) { kitInstructions } }`, { id: session.id });

    expect(read.kitInstructions).toBe('Introduce the panel first.');
  });
});
