import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';


import { AppConfig } from '@api/core/config/app-config';
import { DomainError } from '@api/core/domain-error';
import { AuthService, type IssuedSession } from '@api/modules/identity/auth.service';
import { identityRepository } from '@api/modules/identity/identity.repository';

import type { CompleteSetupInput } from './dto/onboarding.input';
import { provisionTeam } from './team-provisioning';

// Any constant: every replica takes the same lock, so concurrent setups queue on it.
const FIRST_RUN_LOCK = 7340101;

const alreadySetUp = () => new DomainError('CONFLICT', 'This instance is already set up: sign in instead', { reason: 'SETUP_DONE' });

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * The first account of an empty instance. Guarded by a one-time token printed
 * to the server log (or SETUP_TOKEN), so whoever reaches a fresh public
 * instance first cannot take it; allowed only while no user exists, decided
 * under a transaction-scoped lock so concurrent attempts make one account.
 */
@Injectable()
export class FirstRunService {
  private readonly token: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {
    this.token = config.get('SETUP_TOKEN') ?? randomBytes(18).toString('base64url');
  }

  /** What the server log says at start while the instance has no account; null once it has one. */
  async setupNotice(): Promise<string | null> {
    if (!(await this.needsSetup())) {
      return null;
    }
    const where = `${this.config.publicUrl}/setup`;

    return this.config.get('SETUP_TOKEN')
      ? `No account exists yet. Open ${where} and enter the SETUP_TOKEN from the environment.`
      : `No account exists yet. Open ${where} and enter this setup token: ${this.token}`;
  }

  async needsSetup(): Promise<boolean> {
    return !(await identityRepository.anyUserExists(this.dataSource));
  }

  async complete(input: CompleteSetupInput): Promise<{ issued: IssuedSession; teamId: string | null }> {
    if (!(await this.needsSetup())) {
      throw alreadySetUp();
    }
    if (!timingSafeEqual(digest(input.setupToken.trim()), digest(this.token))) {
      throw new DomainError('FORBIDDEN', 'That is not the setup token from the server log', { field: 'setupToken' });
    }
    const teamName = input.teamName.trim();
    const name = input.name.trim();
    if (!teamName || !name) {
      throw new DomainError('BAD_USER_INPUT', `${teamName ? 'name' : 'teamName'} is required`, { field: teamName ? 'name' : 'teamName' });
    }

    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock($1)`, [FIRST_RUN_LOCK]);
      if (await identityRepository.anyUserExists(manager)) {
        throw alreadySetUp();
      }
      const user = await this.auth.createUser(manager, {
        email: input.email.trim(),
        name,
        password: input.password,
        timeZone: input.timeZone,
      });
      const team = await provisionTeam(manager, { name: teamName, coordinatorId: user.id, actorId: user.id, via: 'first_run' });

      return this.auth.issueSession(manager, user.id, team.id);
    });
  }
}
