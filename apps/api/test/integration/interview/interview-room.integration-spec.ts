import { randomUUID } from 'node:crypto';

import { createPanelFixture, type PanelFixture } from '@api-test/support/interview-fixture';
import { createTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const ROOM = `query Room($id: ID!) { session(id: $id) { id status startedAt completedAt
  questions { id position plannedMinutes fromKit askedAt askedBy { id } skippedAt previouslyAskedAt question { id prompt followUps { text } } }
  myNotes { id sessionQuestionId text followUpsAsked customFollowUps version } } }`;
const START = `mutation Start($input: SessionIdInput!) { startSession(input: $input) { id status startedAt history { kind } } }`;
const COMPLETE = `mutation Complete($input: SessionIdInput!) { completeSession(input: $input) { id status completedAt } }`;
const ASK = `mutation Ask($input: MarkQuestionAskedInput!) { markQuestionAsked(input: $input) { id askedAt askedBy { id } skippedAt } }`;
const SKIP = `mutation Skip($input: SkipQuestionInput!) { skipQuestion(input: $input) { id skippedAt } }`;
const ADD = `mutation Add($input: AddQuestionToSessionInput!) { addQuestionToSession(input: $input) { id position fromKit question { id } } }`;
const SAVE_NOTE = `mutation Save($input: SaveSessionNoteInput!) { saveSessionNote(input: $input) { id text followUpsAsked customFollowUps version lastEditId } }`;

describe('interview room', () => {
  let testApp: TestApp;
  let panel: PanelFixture;
  let session: { id: string; sessionQuestionIds: string[] };

  const note = (overrides: Record<string, unknown> = {}) => ({
    sessionId: session.id,
    sessionQuestionId: session.sessionQuestionIds[0],
    text: 'Explains batch norm well',
    followUpsAsked: [],
    customFollowUps: [],
    expectedVersion: 0,
    editId: randomUUID(),
    ...overrides,
  });

  beforeAll(async () => {
    testApp = await startTestApp();
    panel = await createPanelFixture(testApp, 'room');
    session = await panel.schedule();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should copy the kit into the session plan when booking', async () => {
    const { session: room } = await panel.lead.data(ROOM, { id: session.id });

    expect(room.questions.map((q: { position: number; plannedMinutes: number; fromKit: boolean; question: { id: string } }) => [
      q.position,
      q.plannedMinutes,
      q.fromKit,
      q.question.id,
    ])).toEqual([
      [0, 10, true, panel.questionIds[0]],
      [1, 15, true, panel.questionIds[1]],
    ]);
  });

  it('should refuse marking a question asked before the session starts', async () => {
    const result = await panel.lead.request(ASK, { input: { sessionQuestionId: session.sessionQuestionIds[0], asked: true } });

    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SESSION_NOT_STARTED' });
  });

  it('should let the lead start the session once, and not a shadow or an outsider', async () => {
    expect(await panel.shadow.errorCode(START, { input: { sessionId: session.id } })).toBe('FORBIDDEN');
    const outsider = await testApp.client().signIn((await createTeam(testApp.dataSource, 'outsider')).coordinator.email, TEST_PASSWORD);
    expect(await outsider.errorCode(START, { input: { sessionId: session.id } })).toBe('NOT_FOUND');

    const { startSession } = await panel.lead.data(START, { input: { sessionId: session.id } });
    const again = await panel.co.data(START, { input: { sessionId: session.id } });

    expect(startSession.status).toBe('IN_PROGRESS');
    expect(again.startSession.startedAt).toBe(startSession.startedAt);
    expect(startSession.history.filter((event: { kind: string }) => event.kind === 'STARTED')).toHaveLength(1);
  });

  it('should mark a question asked for the whole panel and take it back', async () => {
    const input = { sessionQuestionId: session.sessionQuestionIds[1], asked: true };
    const { markQuestionAsked } = await panel.co.data(ASK, { input });
    const { session: seenByLead } = await panel.lead.data(ROOM, { id: session.id });

    expect(markQuestionAsked.askedBy.id).toBe(panel.members.co.userId);
    expect(seenByLead.questions[1].askedAt).toBe(markQuestionAsked.askedAt);
    expect(await panel.shadow.errorCode(ASK, { input })).toBe('FORBIDDEN');

    const { markQuestionAsked: undone } = await panel.co.data(ASK, { input: { ...input, asked: false } });
    expect(undone).toMatchObject({ askedAt: null, askedBy: null });
    await panel.lead.data(ASK, { input: { sessionQuestionId: session.sessionQuestionIds[0], asked: true } });
  });

  it('should skip a question and bring it back', async () => {
    const { skipQuestion } = await panel.lead.data(SKIP, { input: { sessionQuestionId: session.sessionQuestionIds[1], skipped: true } });
    expect(skipQuestion.skippedAt).not.toBeNull();

    const { skipQuestion: back } = await panel.lead.data(SKIP, { input: { sessionQuestionId: session.sessionQuestionIds[1], skipped: false } });
    expect(back.skippedAt).toBeNull();
  });

  it('should add a bank question at the end, once, and only from the own team', async () => {
    const input = { sessionId: session.id, questionId: panel.questionIds[4], plannedMinutes: 5 };
    const { addQuestionToSession } = await panel.lead.data(ADD, { input });

    expect(addQuestionToSession).toMatchObject({ position: 2, fromKit: false, question: { id: panel.questionIds[4] } });
    expect(await panel.lead.errorCode(ADD, { input })).toBe('CONFLICT');
    const other = await createPanelFixture(testApp, 'room-other');
    expect(await panel.lead.errorCode(ADD, { input: { ...input, questionId: other.questionIds[0] } })).toBe('NOT_FOUND');
  });

  it('should not open a session more than 30 minutes before its start', async () => {
    const later = await panel.schedule({ startsAt: new Date(Date.now() + 2 * 3_600_000) });
    const result = await panel.lead.request(START, { input: { sessionId: later.id } });

    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TOO_EARLY' });
  });

  it('should show a question the candidate was already asked in another session', async () => {
    const later = await panel.schedule({ startsAt: new Date(Date.now() + 3 * 3_600_000) });
    const { session: room } = await panel.lead.data(ROOM, { id: later.id });

    expect(room.questions[0].previouslyAskedAt).not.toBeNull();
    expect(room.questions[1].previouslyAskedAt).toBeNull();
  });

  describe('autosaved notes', () => {
    it('should create, then update from the version it started from', async () => {
      const first = (await panel.lead.data(SAVE_NOTE, { input: note({ followUpsAsked: [1, 0, 1], customFollowUps: [' Why not layer norm? ', ''] }) }))
        .saveSessionNote;
      expect(first).toMatchObject({ version: 1, followUpsAsked: [0, 1], customFollowUps: ['Why not layer norm?'] });

      const second = (await panel.lead.data(SAVE_NOTE, { input: note({ text: 'Edited', expectedVersion: 1 }) })).saveSessionNote;
      expect(second).toMatchObject({ version: 2, text: 'Edited' });
    });

    it('should answer a stale save with CONFLICT and the stored note, changing nothing', async () => {
      const result = await panel.lead.request(SAVE_NOTE, { input: note({ text: 'Stale tab', expectedVersion: 1 }) });

      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, currentText: 'Edited' });
      const { session: room } = await panel.lead.data(ROOM, { id: session.id });
      expect(room.myNotes.find((n: { sessionQuestionId: string }) => n.sessionQuestionId === session.sessionQuestionIds[0]).text).toBe('Edited');
    });

    it('should accept the retry of a save whose answer was lost, with newer text', async () => {
      const editId = randomUUID();
      await panel.lead.data(SAVE_NOTE, { input: note({ text: 'Sent, answer lost', expectedVersion: 2, editId }) });

      const retried = (await panel.lead.data(SAVE_NOTE, { input: note({ text: 'Sent, answer lost, and more', expectedVersion: 2, editId }) }))
        .saveSessionNote;

      expect(retried).toMatchObject({ version: 4, text: 'Sent, answer lost, and more' });
    });

    it('should keep co-panelists\u2019 notes apart: each sees only their own', async () => {
      await panel.co.data(SAVE_NOTE, { input: note({ text: 'Co view' }) });
      const { session: leadRoom } = await panel.lead.data(ROOM, { id: session.id });
      const { session: coRoom } = await panel.co.data(ROOM, { id: session.id });

      expect(coRoom.myNotes.map((n: { text: string }) => n.text)).toEqual(['Co view']);
      expect(leadRoom.myNotes.map((n: { text: string }) => n.text)).not.toContain('Co view');
    });

    it('should store a burst of sequential saves in order, the last one winning', async () => {
      let version = 0;
      for (let index = 1; index <= 15; index += 1) {
        const saved = (await panel.shadow.data(SAVE_NOTE, { input: note({ text: `draft ${index}`, expectedVersion: version }) })).saveSessionNote;
        version = saved.version;
      }
      const { session: room } = await panel.shadow.data(ROOM, { id: session.id });

      expect(version).toBe(15);
      expect(room.myNotes[0]).toMatchObject({ text: 'draft 15', version: 15 });
    });

    it('should let exactly one of two concurrent saves from the same version win', async () => {
      const base = (await panel.co.data(ROOM, { id: session.id })).session.myNotes[0].version;
      const results = await Promise.all(
        ['tab A', 'tab B'].map((text) => panel.co.request(SAVE_NOTE, { input: note({ text, expectedVersion: base }) })),
      );

      expect(results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    });

    it('should keep an overall note per interviewer without follow-ups', async () => {
      const { saveSessionNote } = await panel.lead.data(SAVE_NOTE, { input: note({ sessionQuestionId: null, text: 'Overall: strong' }) });
      expect(saveSessionNote.version).toBe(1);

      expect(await panel.lead.errorCode(SAVE_NOTE, { input: note({ sessionQuestionId: null, followUpsAsked: [0], expectedVersion: 1 }) })).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('should refuse bad input with a typed error naming the field', async () => {
      const huge = await panel.lead.request(SAVE_NOTE, { input: note({ text: 'x'.repeat(20_001), expectedVersion: 4 }) });
      expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });

      const badFollowUp = await panel.lead.request(SAVE_NOTE, { input: note({ followUpsAsked: [99], expectedVersion: 4 }) });
      expect(badFollowUp.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'followUpsAsked' });

      expect(await panel.coordinator.errorCode(SAVE_NOTE, { input: note() })).toBe('FORBIDDEN');
      expect(await panel.lead.errorCode(SAVE_NOTE, { input: note({ sessionQuestionId: randomUUID() }) })).toBe('NOT_FOUND');
    });
  });

  it('should complete a running session, once', async () => {
    const { completeSession } = await panel.lead.data(COMPLETE, { input: { sessionId: session.id } });

    expect(completeSession.status).toBe('COMPLETED');
    expect(await panel.lead.errorCode(ASK, { input: { sessionQuestionId: session.sessionQuestionIds[1], asked: true } })).toBe('CONFLICT');
    expect(await panel.lead.errorCode(START, { input: { sessionId: session.id } })).toBe('CONFLICT');
  });
});
