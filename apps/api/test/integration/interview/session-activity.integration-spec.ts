import { TEST_PASSWORD, createTeam } from '@api-test/support/fixtures';
import { createPanelFixture, type PanelFixture } from '@api-test/support/interview-fixture';
import { subscribe } from '@api-test/support/subscription-client';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const ACTIVITY = `subscription Activity($sessionId: ID!, $inRoom: Boolean! = false) {
  sessionActivity(sessionId: $sessionId, inRoom: $inRoom) { kind sessionId sessionQuestionId actorId actorName at } }`;
const ASK = `mutation Ask($input: MarkQuestionAskedInput!) { markQuestionAsked(input: $input) { id askedAt } }`;
const START = `mutation Start($input: SessionIdInput!) { startSession(input: $input) { id } }`;
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

type Activity = { sessionActivity: { kind: string; sessionQuestionId: string | null; actorId: string | null; actorName: string | null; at: string } };

/** Runs the live-panel scenario: the lead listens on `listenOn`, the co-interviewer acts on `actOn`. */
async function expectLivePanel(listenOn: TestApp, actOn: TestApp, panel: PanelFixture) {
  const session = await panel.schedule();
  const leadOnListener = await listenOn.client().signIn(panel.members.lead.email, TEST_PASSWORD);
  const coOnActor = await actOn.client().signIn(panel.members.co.email, TEST_PASSWORD);
  const feed = subscribe<Activity>(listenOn.baseUrl, leadOnListener, ACTIVITY, { sessionId: session.id, inRoom: true });
  try {
    // Opening the room announces the lead, which also proves the subscription is live before anything else is sent.
    const [joined] = await feed.next(1);
    expect(joined?.sessionActivity).toMatchObject({ kind: 'PANELIST_JOINED', actorId: panel.members.lead.userId });

    await coOnActor.data(START, { input: { sessionId: session.id } });
    await coOnActor.data(ASK, { input: { sessionQuestionId: session.sessionQuestionIds[0], asked: true } });
    const events = await feed.next(3);

    expect(events.slice(1).map((event) => event.sessionActivity)).toEqual([
      expect.objectContaining({ kind: 'SESSION_STARTED', actorId: panel.members.co.userId }),
      expect.objectContaining({
        kind: 'QUESTION_ASKED',
        sessionQuestionId: session.sessionQuestionIds[0],
        actorName: expect.any(String),
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      }),
    ]);
  } finally {
    await feed.close();
  }
}

describe('live session activity', () => {
  describe('in-process pub/sub', () => {
    let testApp: TestApp;
    let panel: PanelFixture;

    beforeAll(async () => {
      testApp = await startTestApp();
      panel = await createPanelFixture(testApp, 'live');
    });

    afterAll(async () => {
      await testApp.close();
    });

    it('should show co-panelists the questions asked as they are asked', async () => {
      await expectLivePanel(testApp, testApp, panel);
    });

    it('should refuse a socket without a session and a caller from another team', async () => {
      const session = await panel.schedule({ startsAt: new Date(Date.now() + 86_400_000) });
      const anonymous = subscribe(testApp.baseUrl, null, ACTIVITY, { sessionId: session.id });
      await expect(anonymous.next()).rejects.toBeDefined();
      await anonymous.close();

      const outsider = await testApp.client().signIn((await createTeam(testApp.dataSource, 'live-out')).coordinator.email, TEST_PASSWORD);
      const foreign = subscribe(testApp.baseUrl, outsider, ACTIVITY, { sessionId: session.id });
      await expect(foreign.next()).rejects.toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })]);
      await foreign.close();
    });
  });

  describe('Redis pub/sub across two API replicas', () => {
    let replicaA: TestApp;
    let replicaB: TestApp;
    let panel: PanelFixture;

    beforeAll(async () => {
      replicaA = await startTestApp({ REDIS_URL });
      replicaB = await startTestApp({ REDIS_URL }, { database: replicaA.database });
      panel = await createPanelFixture(replicaA, 'live-redis');
    });

    afterAll(async () => {
      await replicaB.close();
      await replicaA.close();
    });

    it('should deliver an event published on one replica to a subscriber on the other', async () => {
      await expectLivePanel(replicaB, replicaA, panel);
    });
  });
});
