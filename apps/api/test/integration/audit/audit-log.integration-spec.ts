import { createPanelFixture, type PanelFixture } from '@api-test/support/interview-fixture';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const EVENTS = `query E($filter: AuditEventFilterInput, $first: Int!, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id action recordType recordId actor { id } details at } } pageInfo { hasNextPage endCursor } } }`;

type EventNode = { id: string; action: string; recordType: string; recordId: string | null; actor: { id: string } | null; details: string };

describe('audit log', () => {
  let testApp: TestApp;
  let panel: PanelFixture;
  let sessionIds: string[];

  const page = async (variables: Record<string, unknown>) => {
    const { auditEvents } = await panel.coordinator.data(EVENTS, { first: 100, ...variables });

    return { nodes: auditEvents.edges.map((edge: { node: EventNode }) => edge.node) as EventNode[], pageInfo: auditEvents.pageInfo };
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    panel = await createPanelFixture(testApp, 'audit');
    sessionIds = [(await panel.schedule()).id, (await panel.schedule({ startsAt: new Date(Date.now() + 4 * 3_600_000) })).id];
    await panel.lead.data(`mutation S($input: SessionIdInput!) { startSession(input: $input) { id } }`, { input: { sessionId: sessionIds[0] } });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should list the team\u2019s events newest first and filter by record, actor and action prefix', async () => {
    const all = await page({});
    expect(all.nodes.map((node) => node.action)).toContain('session.scheduled');

    const forSession = await page({ filter: { recordType: 'session', recordId: sessionIds[0] } });
    expect(forSession.nodes.map((node) => node.action)).toEqual(['session.started', 'session.scheduled']);
    expect(forSession.nodes[0]?.actor?.id).toBe(panel.members.lead.userId);

    const byLead = await page({ filter: { actorId: panel.members.lead.userId } });
    expect(byLead.nodes.every((node) => node.actor?.id === panel.members.lead.userId)).toBe(true);

    const sessionActions = await page({ filter: { action: 'session.' } });
    expect(sessionActions.nodes.map((node) => node.action).sort()).toEqual(['session.scheduled', 'session.scheduled', 'session.started']);
    expect(JSON.parse(sessionActions.nodes[0]?.details ?? 'null')).toEqual(expect.any(Object));
  });

  it('should name each record as a person knows it', async () => {
    const { auditEvents } = await panel.coordinator.data(
      `{ auditEvents(first: 100) { edges { node { action recordType recordName } } } }`,
    );
    const names = auditEvents.edges.map((edge: { node: { action: string; recordType: string; recordName: string | null } }) => edge.node);

    expect(names).toContainEqual({ action: 'session.scheduled', recordType: 'session', recordName: 'Interview with Casey Candidate' });
    expect(names).toContainEqual({ action: 'candidate.created', recordType: 'candidate', recordName: 'Casey Candidate' });
    expect(names).toContainEqual({ action: 'kit.created', recordType: 'kit', recordName: 'audit loop' });
    expect(names.find((node: { recordType: string }) => node.recordType === 'guide')?.recordName).toBe('Deep Learning Engineer Interview Questions and Answers');
  });

  it('should page with cursors without repeating or skipping an event', async () => {
    const all = (await page({})).nodes.map((node) => node.id);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const next = await page({ first: 2, after });
      seen.push(...next.nodes.map((node) => node.id));
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    } while (after);

    expect(seen).toEqual(all);
  });

  it('should refuse interviewers and foreign cursors with typed errors', async () => {
    expect(await panel.lead.errorCode(EVENTS, { first: 5 })).toBe('FORBIDDEN');
    expect(await panel.coordinator.errorCode(EVENTS, { first: 5, after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
    expect(await panel.coordinator.errorCode(EVENTS, { first: 500 })).toBe('BAD_USER_INPUT');
    const { auditFacets } = await panel.coordinator.data(`{ auditFacets { actions recordTypes } }`);
    expect(auditFacets.recordTypes).toEqual(expect.arrayContaining(['session', 'kit']));
  });
});
