import type { EntityManager } from 'typeorm';

import { AuditService } from '@api/core/audit/audit.service';
import { insertTeamWithCoordinator } from '@api/modules/identity/team-provisioning';
import { seedDefaultRubrics } from '@api/modules/rubric/default-rubrics';

/**
 * A new team, ready to use: its first coordinator and the default rubric of
 * each question kind. The one way teams are made (first run, createTeam, CLI).
 */
export async function provisionTeam(
  manager: EntityManager,
  team: { name: string; coordinatorId: string; actorId: string | null; via: 'first_run' | 'app' | 'cli' },
): ReturnType<typeof insertTeamWithCoordinator> {
  const saved = await insertTeamWithCoordinator(manager, team);
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
