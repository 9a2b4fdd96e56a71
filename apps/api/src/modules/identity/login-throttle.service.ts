import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { DomainError } from '@api/graphql/domain-error';

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

@Injectable()
export class LoginThrottleService {
  constructor(private readonly dataSource: DataSource) {}

  keys(email: string, address: string | undefined): Key[] {
    return [
      { key: `email:${email.trim().toLowerCase()}`, freeFailures: LOGIN_THROTTLE.freeFailuresPerEmail },
      ...(address ? [{ key: `address:${address}`, freeFailures: LOGIN_THROTTLE.freeFailuresPerAddress }] : []),
    ];
  }

  /** Refuses before the password is even checked while any key is locked. */
  async assertAllowed(keys: Key[]): Promise<void> {
    const [row]: { seconds: number | null }[] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM max(locked_until) - now()))::int AS seconds
         FROM login_throttle WHERE key = ANY($1) AND locked_until > now()`,
      [keys.map((entry) => entry.key)],
    );
    if (row?.seconds && row.seconds > 0) {
      throw new DomainError('RATE_LIMITED', `Too many failed sign-ins. Try again in ${formatWait(row.seconds)}.`, {
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

  /** A successful sign-in clears the account's count; the address keeps its own. */
  async recordSuccess(keys: Key[]): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttle WHERE key = $1`, [keys[0]?.key]);
  }
}

function formatWait(seconds: number): string {
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}
