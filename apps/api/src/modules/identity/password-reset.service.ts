import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';

import { formatInTimeZone } from '@panelwise/shared-util';

import { AuditService } from '@api/core/audit/audit.service';
import { createSecretToken, hashSecretToken } from '@api/core/auth/secret-token';
import { AppConfig } from '@api/core/config/app-config';
import { DomainError } from '@api/core/domain-error';
import { OutboxService } from '@api/modules/mail/outbox.service';

import { AuthService, type IssuedSession } from './auth.service';
import type { PasswordResetPreviewModel } from './dto/account-recovery.input';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordResetEntity, PasswordResetPurpose } from './password-reset.entity';
import { assertPasswordPolicy } from './password-policy';
import { UserEntity } from './user.entity';

/** A single-use link to the page that sets the account's password; only the secret's hash is stored. */
export async function createPasswordLink(
  manager: EntityManager,
  link: { userId: string; purpose: PasswordResetPurpose; ttlMinutes: number; publicUrl: string },
): Promise<{ id: string; url: string; expiresAt: Date }> {
  const { token, tokenHash } = createSecretToken();
  const expiresAt = new Date(Date.now() + link.ttlMinutes * 60_000);
  const saved = await manager.save(PasswordResetEntity, { userId: link.userId, tokenHash, purpose: link.purpose, expiresAt, usedAt: null });

  return { id: saved.id, url: `${link.publicUrl}/reset-password/${token}`, expiresAt };
}

/** Reset requests allowed per address and per email within the throttle window before a lock. */
const RESET_REQUESTS = { perEmail: 3, perAddress: 20 };

/**
 * "Forgot password?" and one-time sign-in links: a single-use secret, stored
 * hashed, that sets a new password, revokes every session and unlocks the
 * account's sign-in throttle.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly throttle: LoginThrottleService,
    private readonly outbox: OutboxService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /** Emails a reset link when the address has an account; answers the same either way. */
  async requestReset(email: string, address: string | undefined): Promise<void> {
    const keys = this.throttle.keysFor('reset', email, address, RESET_REQUESTS);
    await this.throttle.assertAllowed(keys, 'Too many reset requests');
    await this.throttle.recordFailure(keys);
    const user = await this.findUser(this.dataSource.manager, email);
    if (!user) {
      return;
    }
    const ttlMinutes = this.config.get('PASSWORD_RESET_TTL_MINUTES');
    await this.dataSource.transaction(async (manager) => {
      // One live reset link per person: a new request retires the older ones.
      await manager.update(
        PasswordResetEntity,
        { userId: user.id, purpose: PasswordResetPurpose.RESET, usedAt: IsNull() },
        { usedAt: () => 'now()' },
      );
      const { id, url, expiresAt } = await this.insertToken(manager, user.id, PasswordResetPurpose.RESET, ttlMinutes);
      await this.outbox.enqueue(manager, {
        teamId: null,
        eventKey: `password-reset:${id}`,
        kind: 'PASSWORD_RESET',
        to: { email: user.email, userId: user.id },
        subject: 'Reset your Panelwise password',
        content: {
          heading: 'Reset your Panelwise password',
          paragraphs: [
            `Hello ${user.name},`,
            `Someone (hopefully you) asked to reset the password of ${user.email}. The link works once, until ${formatInTimeZone(expiresAt, user.timeZone)}.`,
            'If you did not ask for this, ignore this email: your password stays as it is.',
          ],
          action: { label: 'Choose a new password', url },
        },
      });
      await this.audit.record(manager, {
        teamId: null,
        actorId: user.id,
        action: 'user.password_reset_requested',
        recordType: 'user',
        recordId: user.id,
      });
    });
  }

  async preview(token: string): Promise<PasswordResetPreviewModel> {
    const reset = await this.dataSource.getRepository(PasswordResetEntity).findOne({
      where: { tokenHash: hashSecretToken(token) },
      relations: { user: true },
    });
    this.assertUsable(reset);

    return { email: reset.user?.email ?? '', purpose: reset.purpose, expiresAt: reset.expiresAt };
  }

  /** Sets the new password, uses up the link, signs out everywhere and signs in here. */
  async reset(token: string, newPassword: string): Promise<{ issued: IssuedSession; teamId: string | null }> {
    const tokenHash = hashSecretToken(token);
    const pending = await this.dataSource.getRepository(PasswordResetEntity).findOne({ where: { tokenHash }, relations: { user: true } });
    this.assertUsable(pending);
    const email = pending.user?.email ?? '';
    assertPasswordPolicy(newPassword, email, 'newPassword');
    // Hash before the transaction: the embedded database has one connection.
    const passwordHash = await this.auth.hashPassword(newPassword);

    return this.dataSource.transaction(async (manager) => {
      const reset = await manager.findOne(PasswordResetEntity, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
      this.assertUsable(reset);
      await manager.update(PasswordResetEntity, { id: reset.id }, { usedAt: () => 'now()' });
      await manager.update(UserEntity, { id: reset.userId }, { passwordHash });
      await manager.query(`UPDATE auth_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [reset.userId]);
      await this.throttle.clearAccount(manager, email);
      await this.audit.record(manager, {
        teamId: null,
        actorId: reset.userId,
        action: reset.purpose === PasswordResetPurpose.RESET ? 'user.password_reset' : 'user.signed_in_with_link',
        recordType: 'user',
        recordId: reset.userId,
      });

      return this.auth.issueSession(manager, reset.userId);
    });
  }

  private insertToken(manager: EntityManager, userId: string, purpose: PasswordResetPurpose, ttlMinutes: number) {
    return createPasswordLink(manager, { userId, purpose, ttlMinutes, publicUrl: this.config.publicUrl });
  }

  private findUser(manager: EntityManager, email: string): Promise<UserEntity | null> {
    return manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .getOne();
  }

  private assertUsable(reset: PasswordResetEntity | null): asserts reset is PasswordResetEntity {
    if (!reset) {
      throw new DomainError('NOT_FOUND', 'This link is not valid', { field: 'token' });
    }
    if (reset.usedAt) {
      throw new DomainError('BAD_USER_INPUT', 'This link has already been used; ask for a new one', { field: 'token', reason: 'USED' });
    }
    if (reset.expiresAt <= new Date()) {
      throw new DomainError('BAD_USER_INPUT', 'This link has expired; ask for a new one', { field: 'token', reason: 'EXPIRED' });
    }
  }
}
