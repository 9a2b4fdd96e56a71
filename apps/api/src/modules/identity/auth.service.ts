import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull, Not } from 'typeorm';

import { AuditService } from '@api/core/audit/audit.service';
import { hashPassword, needsRehash, verifyPassword } from '@api/core/auth/password-hasher';
import type { RequestAuth } from '@api/core/auth/request-auth';
import { createSecretToken, hashSecretToken } from '@api/core/auth/secret-token';
import { AppConfig } from '@api/core/config/app-config';
import { DomainError } from '@api/core/domain-error';
import { MembershipEntity } from './membership.entity';
import type { TeamRole } from '@api/core/auth/team-role';

import { AuthSessionEntity } from './auth-session.entity';
import { UserEntity } from './user.entity';
import { LoginThrottleService } from './login-throttle.service';
import { assertPasswordPolicy } from './password-policy';

export type IssuedSession = { token: string; expiresAt: Date; userId: string };

type SessionRow = {
  id: string;
  user_id: string;
  current_team_id: string | null;
  role: TeamRole | null;
};

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly throttle: LoginThrottleService,
  ) {}

  // Verifying against a throwaway hash at the current cost keeps "no such user" as
  // slow as "wrong password", so response time does not reveal which emails have accounts.
  private decoyHash?: Promise<string>;

  private decoy(): Promise<string> {
    this.decoyHash ??= hashPassword('decoy-password-for-timing', this.config.passwordHashCost);

    return this.decoyHash;
  }

  /** New hashes at the configured cost. */
  hashPassword(password: string): Promise<string> {
    return hashPassword(password, this.config.passwordHashCost);
  }

  /**
   * After a successful check of `password`: replaces a hash made at a lower cost
   * than today's. Only if the stored hash is still the one checked, so a
   * password changed meanwhile stays changed. Returns whether it replaced it.
   */
  async upgradeHash(userId: string, password: string, checkedHash: string): Promise<boolean> {
    if (!needsRehash(checkedHash, this.config.passwordHashCost)) {
      return false;
    }
    const passwordHash = await this.hashPassword(password);
    const result = await this.dataSource
      .getRepository(UserEntity)
      .update({ id: userId, passwordHash: checkedHash }, { passwordHash });

    return (result.affected ?? 0) > 0;
  }

  async signIn(email: string, password: string, address?: string): Promise<IssuedSession> {
    const throttle = this.throttle.keys(email, address);
    await this.throttle.reserveAttempt(throttle);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .where('lower(user.email) = lower(:email)', { email })
      .getOne();
    const isValid = user
      ? await verifyPassword(password, user.passwordHash)
      : await verifyPassword(password, await this.decoy());
    if (!user || !isValid) {
      throw new DomainError('UNAUTHENTICATED', 'Wrong email or password');
    }
    await this.throttle.releaseAttempt(throttle);
    // Before the transaction: the embedded database has one connection.
    await this.upgradeHash(user.id, password, user.passwordHash);

    return this.dataSource.transaction(async (manager) => {
      const session = await this.issueSession(manager, user.id);
      await this.audit.record(manager, {
        teamId: session.teamId,
        actorId: user.id,
        action: 'user.signed_in',
        recordType: 'user',
        recordId: user.id,
      });

      return session.issued;
    });
  }

  /** Creates a session whose current team is the user's oldest active membership. */
  async issueSession(
    manager: EntityManager,
    userId: string,
    preferredTeamId?: string,
  ): Promise<{ issued: IssuedSession; teamId: string | null }> {
    const memberships = await manager.find(MembershipEntity, {
      where: { userId, active: true },
      order: { createdAt: 'ASC' },
    });
    const teamId =
      memberships.find((m) => m.teamId === preferredTeamId)?.teamId ??
      memberships[0]?.teamId ??
      null;
    const { token, tokenHash } = createSecretToken();
    const expiresAt = new Date(Date.now() + this.config.get('SESSION_TTL_HOURS') * 3_600_000);
    await manager.insert(AuthSessionEntity, {
      userId,
      tokenHash,
      currentTeamId: teamId,
      expiresAt,
      revokedAt: null,
    });

    return { issued: { token, expiresAt, userId }, teamId };
  }

  async signOut(auth: RequestAuth): Promise<void> {
    await this.dataSource
      .getRepository(AuthSessionEntity)
      .update({ id: auth.sessionId }, { revokedAt: new Date() });
  }

  /** One query per request: the live session with the caller's role in its team. */
  async resolveSession(token: string): Promise<RequestAuth | null> {
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id, s.user_id, s.current_team_id, m.role
         FROM auth_session s
         LEFT JOIN membership m
           ON m.team_id = s.current_team_id AND m.user_id = s.user_id AND m.active
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [hashSecretToken(token)],
    );
    const row = rows[0];
    if (!row) {
      return null;
    }

    return {
      sessionId: row.id,
      userId: row.user_id,
      teamId: row.role ? row.current_team_id : null,
      role: row.role,
    };
  }

  /**
   * Sets a new password after checking the current one. A wrong current
   * password counts towards the sign-in throttle (a stolen session must not
   * become a password-guessing oracle). Every other session of the user is
   * revoked; the caller's own session stays valid, so this browser stays
   * signed in. Returns how many sessions were revoked.
   */
  /**
   * Checks the signed-in user's password before a sensitive change; a wrong
   * one counts towards the sign-in throttle like a failed sign-in.
   */
  async assertCurrentPassword(user: UserEntity, password: string, address?: string): Promise<void> {
    const throttle = this.throttle.keys(user.email, address);
    await this.throttle.reserveAttempt(throttle);
    if (!(await verifyPassword(password, user.passwordHash))) {
      // Not UNAUTHENTICATED: the session is fine, one input field is wrong.
      throw new DomainError('BAD_USER_INPUT', 'The current password is wrong', {
        field: 'currentPassword',
        reason: 'WRONG_PASSWORD',
      });
    }
    await this.throttle.releaseAttempt(throttle);
  }

  async changePassword(
    auth: RequestAuth,
    input: { currentPassword: string; newPassword: string },
    address?: string,
  ): Promise<number> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: auth.userId });
    assertPasswordPolicy(input.newPassword, user.email, 'newPassword');
    await this.assertCurrentPassword(user, input.currentPassword, address);
    if (input.newPassword === input.currentPassword) {
      throw new DomainError('BAD_USER_INPUT', 'Choose a password different from the current one', {
        field: 'newPassword',
        reason: 'SAME_AS_CURRENT',
      });
    }
    // Hash before the transaction: the embedded database has one connection.
    const passwordHash = await this.hashPassword(input.newPassword);

    return this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      const revoked = await manager.update(
        AuthSessionEntity,
        { userId: user.id, id: Not(auth.sessionId), revokedAt: IsNull() },
        { revokedAt: () => 'now()' },
      );
      const revokedSessions = revoked.affected ?? 0;
      await this.audit.record(manager, {
        teamId: auth.teamId,
        actorId: user.id,
        action: 'user.password_changed',
        recordType: 'user',
        recordId: user.id,
        details: { revokedSessions },
      });

      return revokedSessions;
    });
  }

  async switchTeam(auth: RequestAuth, teamId: string): Promise<void> {
    const membership = await this.dataSource
      .getRepository(MembershipEntity)
      .findOneBy({ userId: auth.userId, teamId, active: true });
    if (!membership) {
      throw new DomainError('NOT_FOUND', 'Team not found', { field: 'teamId' });
    }
    await this.dataSource
      .getRepository(AuthSessionEntity)
      .update({ id: auth.sessionId }, { currentTeamId: teamId });
  }

  async createUser(
    manager: EntityManager,
    fields: { email: string; name: string; password: string; timeZone?: string },
  ): Promise<UserEntity> {
    assertPasswordPolicy(fields.password, fields.email, 'password');
    const existing = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .where('lower(user.email) = lower(:email)', { email: fields.email })
      .getOne();
    if (existing) {
      throw new DomainError('CONFLICT', 'An account with this email already exists', {
        field: 'email',
      });
    }

    return manager.save(UserEntity, {
      email: fields.email.toLowerCase(),
      name: fields.name,
      passwordHash: await this.hashPassword(fields.password),
      timeZone: fields.timeZone ?? 'UTC',
    });
  }
}
