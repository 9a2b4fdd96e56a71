import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';

import { hashPassword, PASSWORD_HASH_CONCURRENCY, PASSWORD_HASH_LOG2_N, scryptCost, scryptMemoryBytes } from '@api/core/auth/password-hasher';
import { LOGIN_THROTTLE } from '@api/modules/identity/login-throttle.service';
import { createBenchDatabase } from '@api-bench/bench-database';
import { ServerProcess } from '@api-bench/load/server-process';
import { budget, writeReport } from '@api-bench/report';
import { summarize } from '@api-bench/stats';

const API_MAIN = 'dist/apps/api/apps/api/src/main.js';
const PASSWORD = 'bench-sign-in-password';
const SEQUENTIAL = 10;
const BURST = 16;
const WRONG_BURST = 60;
const MIB = 2 ** 20;

type Outcome = { ms: number; code: string | null };

async function signIn(baseUrl: string, email: string, password: string): Promise<Outcome> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }', variables: { input: { email, password } } }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };

  return { ms: performance.now() - started, code: body.errors?.[0]?.extensions?.code ?? null };
}

const counts = (outcomes: Outcome[]) =>
  outcomes.reduce<Record<string, number>>((all, outcome) => ({ ...all, [outcome.code ?? 'OK']: (all[outcome.code ?? 'OK'] ?? 0) + 1 }), {});

/**
 * Issue #20, point 7: sign-in at the production password cost (scrypt N = 2^17),
 * against the production build. Latency one at a time, then a burst of parallel
 * sign-ins: the server's peak memory must stay within the hashing limit's share
 * (PASSWORD_HASH_CONCURRENCY × 128 MiB), not grow with the burst. Last, a burst of
 * wrong passwords from one address: the throttle lets only its free failures be checked.
 */
export async function runSignInBench(adminUrl: string): Promise<boolean> {
  const database = await createBenchDatabase(adminUrl);
  const workDir = mkdtempSync(join(tmpdir(), 'pw-bench-sign-in-'));
  writeFileSync(join(workDir, 'index.html'), '<!doctype html><title>Panelwise</title>');
  let api: ServerProcess | null = null;
  try {
    const users = Array.from({ length: SEQUENTIAL + BURST + WRONG_BURST }, (_, index) => `bench-sign-in-${index}@example.test`);
    const hash = await hashPassword(PASSWORD);
    const client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query(`INSERT INTO app_user (email, name, password_hash) SELECT email, email, $2 FROM unnest($1::text[]) AS email`, [users, hash]);
    await client.end();
    api = await ServerProcess.start(
      API_MAIN,
      { NODE_ENV: 'production', DATABASE_URL: database.url, LOG_LEVEL: 'error', SEED_DEMO: 'false', JOBS_ENABLED: 'false', WEB_DIST_DIR: workDir, COOKIE_SECURE: 'false' },
      '/health',
    );
    const server = api;
    // One warm-up: the first sign-in also computes the decoy hash for unknown emails.
    await signIn(server.baseUrl, users[0] ?? '', PASSWORD);

    const sequential: Outcome[] = [];
    for (const email of users.slice(0, SEQUENTIAL)) {
      sequential.push(await signIn(server.baseUrl, email, PASSWORD));
    }
    const idleMb = server.peakMemoryMb();
    const burst = await Promise.all(users.slice(SEQUENTIAL, SEQUENTIAL + BURST).map((email) => signIn(server.baseUrl, email, PASSWORD)));
    const burstPeakMb = server.peakMemoryMb();
    const wrong = await Promise.all(users.slice(SEQUENTIAL + BURST).map((email) => signIn(server.baseUrl, email, `${PASSWORD}!`)));
    const afterWrongPeakMb = server.peakMemoryMb();

    const hashMb = scryptMemoryBytes(scryptCost(PASSWORD_HASH_LOG2_N)) / MIB;
    const one = summarize(sequential.map((outcome) => outcome.ms));
    const parallel = summarize(burst.map((outcome) => outcome.ms));
    const details = {
      cost: { log2N: PASSWORD_HASH_LOG2_N, r: 8, p: 1, mibPerHash: Math.round(hashMb), concurrency: PASSWORD_HASH_CONCURRENCY },
      cpus: cpus().length,
      sequential: { ...one, answers: counts(sequential) },
      burst: { size: BURST, ...parallel, answers: counts(burst) },
      wrongPasswordBurst: { size: WRONG_BURST, ...summarize(wrong.map((outcome) => outcome.ms)), answers: counts(wrong) },
      memoryMb: { peakBeforeBurst: idleMb, peakAfterBurst: burstPeakMb, peakAfterWrongBurst: afterWrongPeakMb },
    };
    process.stdout.write(`${JSON.stringify(details, null, 2)}\n`);
    // Budgets are ratios to this run's own figures or follow from the design (the machines are shared and noisy).
    const lines = [
      budget(`sign-ins answered in a burst of ${BURST}`, counts(burst)['OK'] ?? 0, 'sign-ins', '>=', BURST),
      // Each queued sign-in waits for the ones ahead: about BURST / concurrency hashes.
      budget(`slowest sign-in of a burst of ${BURST}`, parallel.max, 'ms', '<', Math.round((BURST / PASSWORD_HASH_CONCURRENCY + 1) * Math.max(one.p95, 1) * 1.5)),
      // The address's free failures, and the one that locks it: the rest are refused before any hash.
      budget(
        `passwords checked in a burst of ${WRONG_BURST} wrong ones from one address`,
        counts(wrong)['UNAUTHENTICATED'] ?? 0,
        'checks',
        '<',
        LOGIN_THROTTLE.freeFailuresPerAddress + 2,
      ),
      budget(
        `peak memory growth in a burst of ${BURST} and one of ${WRONG_BURST} wrong passwords`,
        Math.max(burstPeakMb, afterWrongPeakMb) - idleMb,
        'MB',
        '<',
        Math.round(((PASSWORD_HASH_CONCURRENCY + 1) * hashMb * MIB) / 1e6),
      ),
    ];

    return writeReport(
      'sign-in',
      lines,
      details,
      `Sign-in at scrypt N = 2^${PASSWORD_HASH_LOG2_N} (${Math.round(hashMb)} MiB a hash), at most ${PASSWORD_HASH_CONCURRENCY} at a time, production build, ${cpus().length} CPUs.`,
    );
  } finally {
    await api?.stop();
    rmSync(workDir, { recursive: true, force: true });
    await database.drop();
  }
}
