import { randomBytes } from 'node:crypto';

import type { EntityManager } from 'typeorm';

import { isValidTimeZone } from '@panelwise/shared-util';

import { createDataSource } from '@api/app/database/data-source';
import { resolveDatabase } from '@api/app/database/database-target';
import { migrateDatabase } from '@api/app/database/migrate';
import { AuditService } from '@api/core/audit/audit.service';
import { hashPassword } from '@api/core/auth/password-hasher';
import { AppConfig } from '@api/core/config/app-config';
import { assertPasswordPolicy } from '@api/modules/identity/password-policy';
import { PasswordResetPurpose } from '@api/modules/identity/password-reset.entity';
import { createPasswordLink } from '@api/modules/identity/password-reset.service';
import { TeamEntity } from '@api/modules/identity/team.entity';
import { UserEntity } from '@api/modules/identity/user.entity';
import { ensureCoordinator } from '@api/modules/identity/team-provisioning';
import { provisionTeam } from '@api/modules/onboarding/team-provisioning';

export type CreateCoordinatorOptions = {
  email: string;
  name?: string;
  /** An existing team, by name or id. */
  team?: string;
  /** A team to create. */
  newTeam?: string;
  timeZone?: string;
  password?: string;
};

/** How long a printed sign-in link works. */
const SIGN_IN_LINK_MINUTES = 24 * 60;

export class CliUsageError extends Error {}

async function findTeam(manager: EntityManager, team: string): Promise<TeamEntity> {
  const teams = await manager.find(TeamEntity, { order: { createdAt: 'ASC' } });
  const found = teams.find((candidate) => candidate.id === team || candidate.name === team);
  if (!found) {
    throw new CliUsageError(`No team named or with id "${team}". Teams: ${teams.map((t) => `"${t.name}"`).join(', ') || 'none yet (use --new-team)'}`);
  }

  return found;
}

/**
 * `admin create-coordinator`: makes (or restores) a coordinator without the web
 * app: a new team with its first coordinator, or a coordinator added to an
 * existing team. The break-glass way back in: it also unlocks the account's
 * sign-in and, without --password, prints a one-time link to set a password.
 */
export async function createCoordinator(
  manager: EntityManager,
  options: CreateCoordinatorOptions,
  { publicUrl, passwordHashCost }: Pick<AppConfig, 'publicUrl' | 'passwordHashCost'>,
): Promise<string[]> {
  const email = options.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
    throw new CliUsageError('--email must be an email address');
  }
  if (Boolean(options.team) === Boolean(options.newTeam)) {
    throw new CliUsageError('Give exactly one of --team "<name or id>" (an existing team) or --new-team "<name>"');
  }
  const timeZone = options.timeZone ?? 'UTC';
  if (!isValidTimeZone(timeZone)) {
    throw new CliUsageError('--time-zone must be an IANA time zone, e.g. Europe/Paris');
  }
  if (options.password !== undefined) {
    assertPasswordPolicy(options.password, email, 'password');
  }
  const lines: string[] = [];
  let user = await manager.getRepository(UserEntity).createQueryBuilder('u').where('lower(u.email) = :email', { email }).getOne();
  // Without a password the account gets one nobody knows, until the printed link sets a real one.
  const passwordHash = await hashPassword(options.password ?? randomBytes(32).toString('base64url'), passwordHashCost);
  if (!user) {
    const name = options.name?.trim();
    if (!name) {
      throw new CliUsageError('--name is required for a new account');
    }
    user = await manager.save(UserEntity, manager.create(UserEntity, { email, name, passwordHash, timeZone }));
    lines.push(`Created the account ${email}`);
  } else if (options.password !== undefined) {
    await manager.update(UserEntity, { id: user.id }, { passwordHash });
    await manager.query(`UPDATE auth_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [user.id]);
    lines.push(`Set a new password for ${email} and signed out its sessions`);
  }
  await manager.query(`DELETE FROM login_throttle WHERE key = $1`, [`email:${email}`]);
  let team: TeamEntity;
  if (options.newTeam) {
    team = await provisionTeam(manager, { name: options.newTeam.trim(), coordinatorId: user.id, actorId: null, via: 'cli' });
    lines.push(`Created the team "${team.name}" with ${email} as its coordinator`);
  } else {
    team = await findTeam(manager, options.team ?? '');
    const outcome = await ensureCoordinator(manager, team.id, user.id);
    lines.push(
      outcome === 'unchanged' ? `${email} already coordinates "${team.name}"` : `${email} is now a coordinator of "${team.name}" (${outcome})`,
    );
    await new AuditService().record(manager, {
      teamId: team.id,
      actorId: null,
      action: 'member.coordinator_set_by_cli',
      recordType: 'user',
      recordId: user.id,
      details: { email, outcome },
    });
  }
  if (options.password === undefined) {
    const link = await createPasswordLink(manager, {
      userId: user.id,
      purpose: PasswordResetPurpose.SIGN_IN_LINK,
      ttlMinutes: SIGN_IN_LINK_MINUTES,
      publicUrl,
    });
    lines.push(`One-time sign-in link (sets the password; works once, for 24 hours):`, `  ${link.url}`);
  }

  return lines;
}

export async function createCoordinatorCommand(options: CreateCoordinatorOptions): Promise<number> {
  const config = AppConfig.fromEnv();
  const database = await resolveDatabase(config);
  await migrateDatabase(database);
  const dataSource = createDataSource(database);
  await dataSource.initialize();
  try {
    const lines = await dataSource.transaction((manager) => createCoordinator(manager, options, config));
    process.stdout.write(`${lines.join('\n')}\n`);

    return 0;
  } catch (error) {
    if (error instanceof CliUsageError || (error as { name?: string }).name === 'DomainError') {
      process.stderr.write(`${(error as Error).message}\n`);

      return 2;
    }
    throw error;
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}
