import type { EntityManager } from 'typeorm';

import { TeamRole } from '@api/core/auth/team-role';

import { MembershipEntity } from './membership.entity';
import { TeamEntity } from './team.entity';

/** A team with its first coordinator, in the coordinator's time zone (the rest of a new team is onboarding's). */
export async function insertTeamWithCoordinator(manager: EntityManager, team: { name: string; coordinatorId: string }): Promise<TeamEntity> {
  const [coordinator]: { time_zone: string }[] = await manager.query(`SELECT time_zone FROM app_user WHERE id = $1`, [team.coordinatorId]);
  const saved = await manager.save(TeamEntity, manager.create(TeamEntity, { name: team.name, timeZone: coordinator?.time_zone ?? 'UTC' }));
  await manager.insert(MembershipEntity, { teamId: saved.id, userId: team.coordinatorId, role: TeamRole.COORDINATOR, active: true });

  return saved;
}

/** Adds (or reactivates) a coordinator of an existing team. */
export async function ensureCoordinator(manager: EntityManager, teamId: string, userId: string): Promise<'added' | 'promoted' | 'unchanged'> {
  const existing = await manager.findOneBy(MembershipEntity, { teamId, userId });
  if (!existing) {
    await manager.insert(MembershipEntity, { teamId, userId, role: TeamRole.COORDINATOR, active: true });

    return 'added';
  }
  if (existing.role === TeamRole.COORDINATOR && existing.active) {
    return 'unchanged';
  }
  await manager.update(MembershipEntity, { id: existing.id }, { role: TeamRole.COORDINATOR, active: true });

  return 'promoted';
}
