import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { DomainError } from '@api/core/domain-error';

/**
 * Brute-force protection for sign-in, in PostgreSQL so replicas agree: after
 * a few failures a key locks for a minute, doubling with each further failure
 * up to an hour. Failures older than the window are forgotten.
 */
export const LOGIN_THROTTLE = {
  freeFailuresPerEmail: 5,
  freeFailuresPerAddress: 30,
  firstLockSeconds: 60,
  maxLockSeconds: 3_600,
  windowMinutes: 60,
} as const;

type Key = { key: string; freeFailures: number };

// A key's failure count with one more (a count older than the window starts again), in an upsert on `t`.
const COUNTED = `(CASE WHEN t.last_failure_at < now() - make_interval(mins => $2) THEN 1 ELSE t.failures + 1 END)`;

@Injectable()
export class LoginThrottleService {
  constructor(private readonly dataSource: DataSource) {}

  keys(email: string, address: string | undefined): Key[] {
    return [
      { key: `email:${email.trim().toLowerCase()}`, freeFailures: LOGIN_THROTTLE.freeFailuresPerEmail },
      ...(address ? [{ key: `address:${address}`, freeFailures: LOGIN_THROTTLE.freeFailuresPerAddress }] : []),
    ];
  }

  /** Keys of another public action throttled the same way (e.g. reset requests), apart from sign-in's. */
  keysFor(action: string, email: string, address: string | undefined, free: { perEmail: number; perAddress: number }): Key[] {
    return [
      { key: `${action}-email:${email.trim().toLowerCase()}`, freeFailures: free.perEmail },
      ...(address ? [{ key: `${action}-address:${address}`, freeFailures: free.perAddress }] : []),
    ];
  }

  /** The key of a public action throttled by the caller's address alone (none without an address). */
  addressKeys(action: string, address: string | undefined, freeFailures: number): Key[] {
    return address ? [{ key: `${action}-address:${address}`, freeFailures }] : [];
  }

  /** Unlocks an account's sign-in (after a password reset); its address keeps its count. */
  async clearAccount(manager: EntityManager, email: string): Promise<void> {
    await manager.query(`DELETE FROM login_throttle WHERE key = $1`, [`email:${email.trim().toLowerCase()}`]);
  }

  /** Refuses before the password is even checked while any key is locked. */
  async assertAllowed(keys: Key[], what = 'Too many failed sign-ins'): Promise<void> {
    const [row]: { seconds: number | null }[] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM max(locked_until) - now()))::int AS seconds
         FROM login_throttle WHERE key = ANY($1) AND locked_until > now()`,
      [keys.map((entry) => entry.key)],
    );
    if (row?.seconds && row.seconds > 0) {
      throw new DomainError('RATE_LIMITED', `${what}. Try again in ${formatWait(row.seconds)}.`, {
        retryAfterSeconds: row.seconds,
      });
    }
  }

  async recordFailure(keys: Key[]): Promise<void> {
    for (const { key, freeFailures } of keys) {
      await this.dataSource.query(
        `INSERT INTO login_throttle AS t (key, failures, last_failure_at) VALUES ($1, 1, now())
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN t.last_failure_at < now() - make_interval(mins => $2) THEN 1 ELSE t.failures + 1 END,
           last_failure_at = now()`,
        [key, LOGIN_THROTTLE.windowMinutes],
      );
      await this.dataSource.query(
        `UPDATE login_throttle
            SET locked_until = now() + make_interval(secs => least($3::float, $2::float * power(2, failures - $4 - 1)))
          WHERE key = $1 AND failures > $4`,
        [key, LOGIN_THROTTLE.firstLockSeconds, LOGIN_THROTTLE.maxLockSeconds, freeFailures],
      );
    }
  }

  /**
   * Counts an attempt as a failure before its password is checked, refusing it
   * while a key is locked. Checking first and counting after would let parallel
   * guesses all pass the check before the first failure is counted (and each
   * cost a password hash). A right password gives the attempt back (releaseAttempt).
   */
  async reserveAttempt(keys: Key[], what = 'Too many failed sign-ins'): Promise<void> {
    const reserved: Key[] = [];
    for (const key of keys) {
      const counted: unknown[] = await this.dataSource.query(
        `INSERT INTO login_throttle AS t (key, failures, last_failure_at, locked_until)
         VALUES ($1, 1, now(), CASE WHEN 1 > $5::int THEN now() + make_interval(secs => least($4::float, $3::float)) END)
         ON CONFLICT (key) DO UPDATE SET
           failures = ${COUNTED},
           last_failure_at = now(),
           locked_until = CASE WHEN ${COUNTED} > $5::int
             THEN now() + make_interval(secs => least($4::float, $3::float * power(2, ${COUNTED} - $5::int - 1)))
             ELSE t.locked_until END
         WHERE t.locked_until IS NULL OR t.locked_until <= now()
         RETURNING t.failures`,
        [key.key, LOGIN_THROTTLE.windowMinutes, LOGIN_THROTTLE.firstLockSeconds, LOGIN_THROTTLE.maxLockSeconds, key.freeFailures],
      );
      if (counted.length === 0) {
        await this.releaseAttempt(reserved, { clearFirst: false });
        await this.assertAllowed(keys, what);
        // The lock ran out in between: still no check this time.
        throw new DomainError('RATE_LIMITED', `${what}. Try again in a moment.`, { retryAfterSeconds: 1 });
      }
      reserved.push(key);
    }
  }

  /**
   * Gives back reserved attempts whose password was right: the account's key
   * is cleared (like recordSuccess), others lose the one failure counted ahead,
   * and the lock that count set, if it set one.
   */
  async releaseAttempt(keys: Key[], { clearFirst } = { clearFirst: true }): Promise<void> {
    for (const [index, { key, freeFailures }] of keys.entries()) {
      if (index === 0 && clearFirst) {
        await this.dataSource.query(`DELETE FROM login_throttle WHERE key = $1`, [key]);
        continue;
      }
      await this.dataSource.query(
        `UPDATE login_throttle
            SET failures = greatest(failures - 1, 0),
                locked_until = CASE WHEN failures - 1 > $2 THEN locked_until END
          WHERE key = $1`,
        [key, freeFailures],
      );
    }
  }
}

function formatWait(seconds: number): string {
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}
