import { randomUUID } from 'node:crypto';

import { Client } from 'pg';

import type { Callers } from './callers';
import { postGraphQL, type SignedIn } from './graphql-http';
import type { LoadFixture } from './load-fixture';
import type { LoadDriver } from './load-runner';
import type { WebOperations } from './web-operations';

/** One note (interviewer × session question) that a connection autosaves, alone, version after version. */
export type NoteSlot = { caller: SignedIn; sessionId: string; sessionQuestionId: string; version: number };

/** A complete scorecard draft, ready to submit. */
export type Draft = { caller: SignedIn; scorecardId: string; sessionId: string; version: number };

const IN_FLIGHT_SETTLE_MS = 2_000;

// About what a page of notes holds a few minutes into an interview.
const NOTE_TEXT = 'Asked about the eviction policy; candidate compared LRU and LFU, then reasoned about TTLs. '.repeat(8);

type SavedNote = { saveSessionNote: { version: number } };

export function noteInput(slot: NoteSlot, expectedVersion: number, sequence: number, editId = randomUUID()) {
  return {
    sessionId: slot.sessionId,
    sessionQuestionId: slot.sessionQuestionId,
    text: `${NOTE_TEXT}(${sequence})`,
    editId,
    expectedVersion,
    followUpsAsked: [],
    customFollowUps: [],
  };
}

/** Every plan question of every open session, each with one panelist, saved once so later saves are updates. */
export async function prepareNoteSlots(
  fixture: LoadFixture,
  web: WebOperations,
  callers: Callers,
  baseUrl: string,
  count: number,
): Promise<NoteSlot[]> {
  const slots: NoteSlot[] = [];
  for (const session of fixture.roomSessions) {
    for (const sessionQuestionId of session.sessionQuestionIds) {
      if (slots.length === count) {
        break;
      }
      const caller = await callers.get(session.email);
      const slot = { caller, sessionId: session.sessionId, sessionQuestionId, version: 0 };
      const saved = await postGraphQL<SavedNote>(baseUrl, caller.cookie, {
        query: web.document('SaveSessionNote'),
        variables: { input: noteInput(slot, 0, 0) },
      });
      slots.push({ ...slot, version: saved.saveSessionNote.version });
    }
  }
  if (slots.length < count) {
    throw new Error(`Only ${slots.length} note slots in the open sessions; ${count} needed`);
  }

  return slots;
}

type Scoring = { competencies: { id: string }[]; scale: { level: number }[] };
/**
 * Reads each note's stored version: a run stops with saves in flight, which
 * the server still commits after the driver stopped listening.
 */
export async function syncNoteVersions(databaseUrl: string, slots: NoteSlot[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, IN_FLIGHT_SETTLE_MS));
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ session_question_id: string; interviewer_id: string; version: number }>(
      `SELECT session_question_id, interviewer_id, version FROM session_note WHERE session_question_id = ANY($1::uuid[])`,
      [slots.map((slot) => slot.sessionQuestionId)],
    );
    const stored = new Map(rows.map((row) => [`${row.session_question_id}/${row.interviewer_id}`, row.version]));
    for (const slot of slots) {
      slot.version = stored.get(`${slot.sessionQuestionId}/${slot.caller.userId}`) ?? 0;
    }
  } finally {
    await client.end();
  }
}

type ScoringSession = {
  session: {
    scoringRubric: Scoring | null;
    myScorecard: (Scoring & { id: string; version: number; status: string }) | null;
  };
};
type SavedScorecard = { saveScorecard: { id: string; version: number } };

/** Complete drafts, saved the way the scorecard form saves them. */
export async function prepareDrafts(
  fixture: LoadFixture,
  web: WebOperations,
  callers: Callers,
  baseUrl: string,
  count: number,
): Promise<Draft[]> {
  const drafts: Draft[] = [];
  for (const pending of fixture.pendingScorecards) {
    if (drafts.length === count) {
      break;
    }
    const caller = await callers.get(pending.email);
    const { session } = await postGraphQL<ScoringSession>(baseUrl, caller.cookie, {
      query: web.document('ScorecardSession'),
      variables: { id: pending.sessionId },
    });
    // A draft keeps the rubric version it was started on.
    const rubric = session.myScorecard ?? session.scoringRubric;
    if (!rubric || session.myScorecard?.status === 'SUBMITTED') {
      continue;
    }
    const levels = rubric.scale.map((step) => step.level).sort((a, b) => a - b);
    const middle = levels[Math.floor(levels.length / 2)];
    const saved = await postGraphQL<SavedScorecard>(baseUrl, caller.cookie, {
      query: web.document('SaveScorecard'),
      variables: {
        input: {
          sessionId: pending.sessionId,
          expectedVersion: session.myScorecard?.version ?? 0,
          ratings: rubric.competencies.map((competency) => ({
            competencyId: competency.id,
            level: middle,
            evidence: 'Walked through the trade-offs with a worked example.',
          })),
          recommendation: 'YES',
          summary: 'Solid structured answers; a little slow on the follow-ups.',
        },
      },
    });
    drafts.push({ caller, scorecardId: saved.saveScorecard.id, sessionId: pending.sessionId, version: saved.saveScorecard.version });
  }
  if (drafts.length < count) {
    throw new Error(`Only ${drafts.length} pending scorecards could be drafted; ${count} needed`);
  }

  return drafts;
}

const json = (value: unknown) => JSON.stringify(value);

/**
 * Notes free to save: a request takes one and gives it back with its new
 * version when answered, so no two requests in flight edit the same note.
 */
class NotePool {
  private readonly free: NoteSlot[];
  private sequence = 0;

  constructor(slots: NoteSlot[]) {
    this.free = [...slots];
  }

  take(context: Record<string, unknown>): { slot: NoteSlot; sequence: number } {
    const slot = this.free.shift();
    if (!slot) {
      throw new Error('More autosaves in flight than notes: give the run more note slots');
    }
    context['slot'] = slot;
    this.sequence += 1;

    return { slot, sequence: this.sequence };
  }

  /** Gives the note back; `version` is its new version, or undefined when the save failed. */
  give(context: Record<string, unknown>, version: number | undefined): boolean {
    const slot = context['slot'] as NoteSlot;
    this.free.push(slot);
    if (version === undefined || version !== slot.version + 1) {
      return false;
    }
    slot.version = version;

    return true;
  }
}

/** Autosaves through the API, each one editing from the note's last saved version. */
export function autosaveDriver(web: WebOperations, slots: NoteSlot[]): LoadDriver {
  const query = web.document('SaveSessionNote');
  const notes = new NotePool(slots);

  return {
    next(context) {
      const { slot, sequence } = notes.take(context);

      return { path: '/graphql', headers: { cookie: slot.caller.cookie }, body: json({ query, variables: { input: noteInput(slot, slot.version, sequence) } }) };
    },
    settle(context, status, body) {
      return notes.give(context, status === 200 ? (JSON.parse(body) as { data?: SavedNote }).data?.saveSessionNote.version : undefined);
    },
  };
}

/** Autosaves through the raw baseline: the same statements with this note's values. */
export function rawAutosaveDriver(slots: NoteSlot[], teamId: string): LoadDriver {
  const notes = new NotePool(slots);

  return {
    next(context) {
      const { slot, sequence } = notes.take(context);
      const input = noteInput(slot, slot.version, sequence);

      return { path: '/write/autosave', headers: {}, body: json({ identity: { ...input, userId: slot.caller.userId, teamId } }) };
    },
    settle(context, status, body) {
      return notes.give(context, status === 200 ? (JSON.parse(body) as { row: { version: number } | null }).row?.version : undefined);
    },
  };
}

export function submitDriver(web: WebOperations, drafts: Draft[]): LoadDriver {
  const query = web.document('SubmitScorecard');
  let next = 0;

  return {
    next() {
      const draft = drafts[next++ % drafts.length];

      return {
        path: '/graphql',
        headers: { cookie: draft.caller.cookie },
        body: json({ query, variables: { input: { scorecardId: draft.scorecardId, expectedVersion: draft.version } } }),
      };
    },
    settle(_context, status, body) {
      return status === 200 && (JSON.parse(body) as { data?: { submitScorecard: { status: string } } }).data?.submitScorecard.status === 'SUBMITTED';
    },
  };
}

export function rawSubmitDriver(drafts: Draft[], teamId: string): LoadDriver {
  let next = 0;

  return {
    next() {
      const draft = drafts[next++ % drafts.length];

      return {
        path: '/write/submit',
        headers: {},
        body: json({
          identity: { scorecardId: draft.scorecardId, sessionId: draft.sessionId, expectedVersion: draft.version, userId: draft.caller.userId, teamId },
        }),
      };
    },
    settle(_context, status, body) {
      return status === 200 && (JSON.parse(body) as { row: unknown }).row !== null;
    },
  };
}
