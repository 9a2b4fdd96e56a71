import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

import { Pool } from 'pg';

import { type PanelMemberRow, searchPanelSlots, type SlotQuery } from '@api/modules/scheduling/slot-finder.service';

import { bindIdentity, type RawScripts } from './raw-script';
import type { RecordedStatement } from './sql-recorder';

/**
 * The raw baseline: a bare node:http server sending the API's own SQL through
 * `pg`, one connection per request, and answering the rows as JSON. No
 * framework, no GraphQL, no auth logic: the floor the API is compared with.
 * Run as a child process: RAW_SCRIPTS=<file> DATABASE_URL=<url> PORT=<port>.
 */
const scripts = JSON.parse(readFileSync(process.env['RAW_SCRIPTS'] ?? '', 'utf8')) as RawScripts;
const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: Number(process.env['POOL_SIZE'] ?? 10) });

async function replay(statements: RecordedStatement[]): Promise<unknown[][]> {
  const client = await pool.connect();
  try {
    const results: unknown[][] = [];
    for (const statement of statements) {
      const result = await client.query(statement.text, statement.values);
      results.push(result.rows);
    }

    return results;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function answer(path: string, body: { variant?: number; identity?: Record<string, unknown> }): Promise<unknown> {
  const [, kind, operation] = path.split('/');
  if (kind === 'read') {
    const variants = scripts.reads[operation ?? ''];
    if (!variants) {
      throw new Error(`No read script for ${operation}`);
    }

    const variant = (body.variant ?? 0) % variants.length;
    const results = await replay(variants[variant]);
    const slotInput = scripts.slotSearches?.operation === operation ? scripts.slotSearches.inputs[variant] : undefined;
    if (slotInput) {
      const input = { poolIds: [], poolCount: 0, ...slotInput, from: new Date(String(slotInput['from'])), to: new Date(String(slotInput['to'])) };

      return { slots: searchPanelSlots(results.at(-1) as PanelMemberRow[], input as unknown as SlotQuery, new Date()) };
    }

    return { results };
  }
  const write = scripts.writes[operation ?? ''];
  if (kind !== 'write' || !write) {
    throw new Error(`No script for ${path}`);
  }
  const results = await replay(bindIdentity(write.statements, write.identity, body.identity ?? {}));

  return { row: results[write.resultStatement]?.[0] ?? null };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  readBody(request)
    .then((text) => answer(request.url ?? '/', text ? (JSON.parse(text) as { variant?: number }) : {}))
    .then((payload) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(payload));
    })
    .catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
    });
});

server.listen(Number(process.env['PORT'] ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : ''}\n`);
});
