import { randomUUID } from 'node:crypto';

import { ApiProcess } from '@api-test/support/api-process';
import { GraphQLClient } from '@api-test/support/graphql-client';
import { createTestDatabase, type TestDatabase } from '@api-test/support/test-database';

const SAVE_NOTE = `mutation Save($input: SaveSessionNoteInput!) { saveSessionNote(input: $input) { version text } }`;
const ROOM = `{ myInterviews { id startsAt questions { id } myNotes { sessionQuestionId text version } } }`;

type Acknowledged = { version: number; text: string };

/**
 * Crash safety of autosave: SIGKILL the API in the middle of a burst of
 * saves, restart it, and find every acknowledged save stored.
 */
describe('autosave across an API crash', () => {
  let database: TestDatabase;
  let api: ApiProcess;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await ApiProcess.create(database.url);
    await api.start();
  }, 180_000);

  afterAll(async () => {
    await api.stop();
    await database.drop();
  });

  it('should keep every acknowledged note after a SIGKILL during a burst of autosaves', async () => {
    const ana = await new GraphQLClient(api.baseUrl).signIn('ana@panelwise.test', 'panelwise-demo');
    const { myInterviews } = await ana.data(ROOM);
    const live = myInterviews.find((session: { startsAt: string }) => new Date(session.startsAt) <= new Date());
    const noteKeys: (string | null)[] = [...live.questions.map((question: { id: string }) => question.id), null];
    const acknowledged = new Map<string | null, Acknowledged>();
    const inFlight = new Map<string | null, string>();
    let acks = 0;
    let killed: Promise<void> = Promise.resolve();

    // One writer per note, each saving as fast as the server answers, like a fast typist on every note at once.
    const writers = noteKeys.map(async (sessionQuestionId) => {
      let version = 0;
      let editId = randomUUID();
      for (let keystroke = 1; ; keystroke += 1) {
        const text = `${sessionQuestionId ?? 'overall'} keystroke ${keystroke}`;
        inFlight.set(sessionQuestionId, text);
        try {
          const { saveSessionNote } = await ana.data(SAVE_NOTE, {
            input: { sessionId: live.id, sessionQuestionId, text, followUpsAsked: [], customFollowUps: [], expectedVersion: version, editId },
          });
          version = saveSessionNote.version;
          editId = randomUUID();
          acknowledged.set(sessionQuestionId, { version, text: saveSessionNote.text });
          acks += 1;
          if (acks === 60) {
            killed = api.kill();
          }
        } catch {
          return; // The server is gone: this save was never acknowledged.
        }
      }
    });
    await Promise.all(writers);
    await killed;

    await api.start();
    const { myInterviews: after } = await ana.data(ROOM);
    const stored = new Map(
      after
        .find((session: { id: string }) => session.id === live.id)
        .myNotes.map((note: { sessionQuestionId: string | null; text: string; version: number }) => [note.sessionQuestionId, note]),
    );

    expect(acks).toBeGreaterThanOrEqual(60);
    for (const key of noteKeys) {
      const ack = acknowledged.get(key);
      const note = stored.get(key) as Acknowledged | undefined;
      expect(ack).toBeDefined();
      expect(note).toBeDefined();
      // Either exactly the last acknowledged save, or the one in flight at the crash, committed with its answer lost.
      if (note?.version === ack?.version) {
        expect(note?.text).toBe(ack?.text);
      } else {
        expect(note).toEqual({ version: (ack?.version ?? 0) + 1, text: inFlight.get(key), sessionQuestionId: key });
      }
    }
  }, 180_000);
});
