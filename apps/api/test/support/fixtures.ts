import type { DataSource } from 'typeorm';

import { hashPassword } from '@api/core/auth/password-hasher';
import { TeamRole } from '@api/core/auth/team-role';
import { AppConfig } from '@api/core/config/app-config';
import { MembershipEntity } from '@api/modules/identity/membership.entity';
import { TeamEntity } from '@api/modules/identity/team.entity';
import { UserEntity } from '@api/modules/identity/user.entity';
import { AvailabilityEntity } from '@api/modules/scheduling/availability.entity';

export const TEST_PASSWORD = 'test-password-123';

let passwordHash: Promise<string> | undefined;

export type SeededMember = { userId: string; membershipId: string; email: string; role: TeamRole };
export type SeededTeam = {
  teamId: string;
  coordinator: SeededMember;
  interviewer: SeededMember;
};

export async function createUser(dataSource: DataSource, email: string, name = email.split('@')[0] ?? email) {
  passwordHash ??= hashPassword(TEST_PASSWORD, AppConfig.forTest().passwordHashCost);

  return dataSource
    .getRepository(UserEntity)
    .save({ email, name, passwordHash: await passwordHash, timeZone: 'UTC' });
}

export async function addMember(
  dataSource: DataSource,
  teamId: string,
  email: string,
  role: TeamRole,
): Promise<SeededMember> {
  const existing = await dataSource.getRepository(UserEntity).findOneBy({ email });
  const user = existing ?? (await createUser(dataSource, email));
  const membership = await dataSource
    .getRepository(MembershipEntity)
    .save({ teamId, userId: user.id, role, active: true });

  return { userId: user.id, membershipId: membership.id, email, role };
}

/** A team with one coordinator and one interviewer: `<prefix>-coord@…`, `<prefix>-int@…`. */
export async function createTeam(dataSource: DataSource, prefix: string): Promise<SeededTeam> {
  const team = await dataSource.getRepository(TeamEntity).save({ name: `${prefix} team` });

  return {
    teamId: team.id,
    coordinator: await addMember(dataSource, team.id, `${prefix}-coord@example.test`, TeamRole.COORDINATOR),
    interviewer: await addMember(dataSource, team.id, `${prefix}-int@example.test`, TeamRole.INTERVIEWER),
  };
}

const EVERY_WEEKDAY = [0, 1, 2, 3, 4, 5, 6] as const;

/**
 * Saves a person's availability; by default every day, all day, in UTC, so a test
 * can book at any future time and still pass the availability rule.
 */
export async function setAvailability(dataSource: DataSource, userId: string, availability: Partial<AvailabilityEntity> = {}) {
  await dataSource.getRepository(AvailabilityEntity).save({
    userId,
    timeZone: 'UTC',
    weeklyWindows: EVERY_WEEKDAY.map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
    overrides: [],
    timeOff: [],
    dailyCap: null,
    weeklyCap: null,
    bufferMinutes: 0,
    version: 1,
    ...availability,
  });
}
