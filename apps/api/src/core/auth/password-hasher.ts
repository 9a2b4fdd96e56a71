import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

import { ConcurrencyLimit } from './concurrency-limit';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keyLength: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

export type ScryptCost = { N: number; r: number; p: number };

// scrypt (RFC 7914) from node:crypto: memory-hard like argon2, and no native
// addon to build on a fresh machine. Parameters are stored with each hash
// (`scrypt$N$r$p$salt$key`), so raising them leaves older hashes verifiable;
// sign-in rehashes those (see needsRehash).

/** OWASP's password storage minimum for scrypt: N = 2^17, r = 8, p = 1 (128 MiB per hash). */
export const PASSWORD_HASH_LOG2_N = 17;

export function scryptCost(log2N: number): ScryptCost {
  return { N: 2 ** log2N, r: 8, p: 1 };
}

/** Bytes scrypt allocates for one hash: OpenSSL's B (128·r·p) and V (128·r·(N + 2)) blocks. */
export function scryptMemoryBytes(cost: ScryptCost): number {
  return 128 * cost.r * cost.p + 128 * cost.r * (cost.N + 2);
}

// Stored parameters beyond these are refused rather than computed: a damaged
// row must not make one sign-in allocate gigabytes.
const MAX_STORED_MEMORY = scryptMemoryBytes(scryptCost(20));

/**
 * Hashes at a time, process-wide; the rest queue. At N = 2^17 each holds
 * 128 MiB, so a burst of sign-ins costs at most this many times that, and
 * scrypt, which runs on libuv's pool (4 threads by default), leaves threads
 * free for file and DNS work.
 */
export const PASSWORD_HASH_CONCURRENCY = 2;
const hashing = new ConcurrencyLimit(PASSWORD_HASH_CONCURRENCY);

/** Hashes running and queued now. */
export function passwordHashingLoad(): { running: number; waiting: number } {
  return hashing.load;
}

const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, keyLength: number, cost: ScryptCost): Promise<Buffer> {
  return hashing.run(() => scryptAsync(password, salt, keyLength, { ...cost, maxmem: scryptMemoryBytes(cost) }));
}

export async function hashPassword(password: string, cost: ScryptCost = scryptCost(PASSWORD_HASH_LOG2_N)): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, KEY_LENGTH, cost);

  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

type StoredHash = { cost: ScryptCost; salt: Buffer; key: Buffer };

function parseStored(stored: string): StoredHash | null {
  const [scheme, n, r, p, salt, key, ...rest] = stored.split('$');
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  const isCost =
    Number.isSafeInteger(cost.N) && cost.N > 1 && (cost.N & (cost.N - 1)) === 0 && Number.isSafeInteger(cost.r) && cost.r > 0 && Number.isSafeInteger(cost.p) && cost.p > 0;
  if (scheme !== 'scrypt' || !salt || !key || rest.length > 0 || !isCost || scryptMemoryBytes(cost) > MAX_STORED_MEMORY) {
    return null;
  }

  return { cost, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
}

/** Checks a password against a stored hash, at the parameters stored with it. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseStored(stored);
  if (!parsed || parsed.key.length === 0) {
    return false;
  }
  const actual = await derive(password, parsed.salt, parsed.key.length, parsed.cost);

  return timingSafeEqual(actual, parsed.key);
}

/** Whether a stored hash is weaker than `cost` (or unreadable), so the next successful sign-in should replace it. */
export function needsRehash(stored: string, cost: ScryptCost): boolean {
  const parsed = parseStored(stored);

  return !parsed || parsed.cost.N < cost.N || parsed.cost.r < cost.r || parsed.cost.p < cost.p;
}
