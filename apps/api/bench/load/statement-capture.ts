import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createApp } from '@api/app/app.factory';
import type { DatabaseTarget } from '@api/app/database/data-source';
import { AppConfig } from '@api/core/config/app-config';

import { postGraphQL } from './graphql-http';
import type { RawScripts } from './raw-script';
import type { ReadOperation, ReadVariant } from './read-operations';
import { SqlRecorder, type RecordedStatement } from './sql-recorder';
import { type Draft, type NoteSlot, noteInput } from './write-operations';
import type { WebOperations } from './web-operations';

export type StatementCounts = {
  /** Statements per request, over the variants (min–max). */
  perRequest: { min: number; max: number };
  /** Statements for the small and the large list (equal when there is no N+1). */
  probes?: { small: number; large: number };
};

export type Capture = { scripts: RawScripts; counts: Record<string, StatementCounts> };

const SLOT_FINDER = 'slot-finder';
const CAPTURE_EDIT_ID = '00000000-0000-4000-8000-00000000be0c';

/**
 * Runs each request once, alone, on an in-process API whose `pg` calls are
 * recorded: the statement counts per request, and the scripts the raw
 * baseline replays.
 */
export async function captureStatements(
  database: DatabaseTarget,
  web: WebOperations,
  reads: ReadOperation[],
  writes: { teamId: string; noteSlot: NoteSlot; draft: Draft },
): Promise<Capture> {
  const recorder = new SqlRecorder();
  recorder.install();
  const app = await createApp({
    config: AppConfig.forTest({ NODE_ENV: 'production', LOG_LEVEL: 'error', REMINDER_INTERVAL_SECONDS: 0 }),
    database: { ...database, isEmbedded: false },
  });
  await app.listen(0, '127.0.0.1');
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const run = (caller: ReadVariant['caller'], query: string, variables: Record<string, unknown>) =>
    recorder.during(() => postGraphQL(baseUrl, caller.cookie, { query, variables }));
  try {
    const slotFinder = reads.find((operation) => operation.key === SLOT_FINDER);
    const scripts: RawScripts = {
      reads: {},
      writes: {},
      slotSearches: slotFinder ? { operation: SLOT_FINDER, inputs: slotFinder.variants.map((variant) => variant.variables['input'] as Record<string, unknown>) } : null,
    };
    const counts: Record<string, StatementCounts> = {};
    for (const operation of reads) {
      const recorded: RecordedStatement[][] = [];
      for (const variant of operation.variants) {
        recorded.push(await run(variant.caller, operation.query, variant.variables));
      }
      scripts.reads[operation.key] = recorded;
      const sizes = recorded.map((statements) => statements.length);
      counts[operation.key] = { perRequest: { min: Math.min(...sizes), max: Math.max(...sizes) } };
      if (operation.probes) {
        const [small, large] = operation.probes;
        counts[operation.key].probes = {
          small: (await run(small.caller, operation.query, small.variables)).length,
          large: (await run(large.caller, operation.query, large.variables)).length,
        };
      }
    }

    const { teamId, noteSlot, draft } = writes;
    const note = noteInput(noteSlot, noteSlot.version, 0, CAPTURE_EDIT_ID);
    const autosave = await run(noteSlot.caller, web.document('SaveSessionNote'), { input: note });
    noteSlot.version += 1;
    scripts.writes['autosave'] = { statements: autosave, identity: { ...note, userId: noteSlot.caller.userId, teamId }, resultStatement: indexOf(autosave, /^\s*UPDATE session_note/) };
    counts['autosave'] = { perRequest: { min: autosave.length, max: autosave.length } };

    const submitted = { scorecardId: draft.scorecardId, sessionId: draft.sessionId, expectedVersion: draft.version, userId: draft.caller.userId, teamId };
    const submit = await run(draft.caller, web.document('SubmitScorecard'), { input: { scorecardId: draft.scorecardId, expectedVersion: draft.version } });
    scripts.writes['submit'] = { statements: submit, identity: submitted, resultStatement: indexOf(submit, /^\s*UPDATE scorecard SET status/) };
    counts['submit'] = { perRequest: { min: submit.length, max: submit.length } };

    return { scripts, counts };
  } finally {
    await app.close();
    recorder.uninstall();
  }
}

function indexOf(statements: RecordedStatement[], pattern: RegExp): number {
  const index = statements.findIndex((statement) => pattern.test(statement.text));
  if (index < 0) {
    throw new Error(`No statement matching ${pattern} was recorded`);
  }

  return index;
}
