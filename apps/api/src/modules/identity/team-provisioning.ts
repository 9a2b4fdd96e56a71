import type { EntityManager } from 'typeorm';

import { AuditService } from '@api/core/audit/audit.service';
import { TeamRole } from '@api/core/auth/team-role';
import { MembershipEntity } from './membership.entity';
import { TeamEntity } from './team.entity';
import { seedDefaultRubrics } from '@api/modules/rubric/default-rubrics';

/**
 * A new team, ready to use: its first coordinator and the default rubric of
 * each question kind. The one way teams are made (first run, createTeam, CLI).
 */
export async function provisionTeam(
  manager: EntityManager,
  team: { name: string; coordinatorId: string; actorId: string | null; via: 'first_run' | 'app' | 'cli' },
): Promise<TeamEntity> {
  const [coordinator]: { time_zone: string }[] = await manager.query(`SELECT time_zone FROM app_user WHERE id = $1`, [team.coordinatorId]);
  const saved = await manager.save(TeamEntity, manager.create(TeamEntity, { name: team.name, timeZone: coordinator?.time_zone ?? 'UTC' }));
  await manager.insert(MembershipEntity, { teamId: saved.id, userId: team.coordinatorId, role: TeamRole.COORDINATOR, active: true });
  await seedDefaultRubrics(manager, saved.id);
  await new AuditService().record(manager, {
    teamId: saved.id,
    actorId: team.actorId,
    action: 'team.created',
    recordType: 'team',
    recordId: saved.id,
    details: { name: team.name, via: team.via, coordinatorId: team.coordinatorId },
  });

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
