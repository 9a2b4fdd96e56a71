import type { DataSource } from 'typeorm';

import { AuditService } from '@api/core/audit/audit.service';
import { hashPassword, type ScryptCost } from '@api/core/auth/password-hasher';
import { TeamRole } from '@api/core/auth/team-role';
import { MembershipEntity } from '@api/modules/identity/membership.entity';
import { assertPasswordPolicy } from '@api/modules/identity/password-policy';
import { TeamEntity } from '@api/modules/identity/team.entity';
import { UserEntity } from '@api/modules/identity/user.entity';
import { seedDefaultRubrics } from '@api/modules/rubric/default-rubrics';

export const DEMO_PASSWORD = 'panelwise-demo';

export const DEMO_USERS = [
  { email: 'coordinator@panelwise.test', name: 'Cora Coordinator', role: TeamRole.COORDINATOR, timeZone: 'Europe/London' },
  { email: 'ana@panelwise.test', name: 'Ana Interviewer', role: TeamRole.INTERVIEWER, timeZone: 'America/New_York' },
  { email: 'ben@panelwise.test', name: 'Ben Interviewer', role: TeamRole.INTERVIEWER, timeZone: 'Europe/Berlin' },
  // Colleagues with a few months of history (see demo-history-seed.ts): lenient, severe, late.
  { email: 'dev@panelwise.test', name: 'Dev Patel', role: TeamRole.INTERVIEWER, timeZone: 'Europe/London' },
  { email: 'elena@panelwise.test', name: 'Elena Rossi', role: TeamRole.INTERVIEWER, timeZone: 'Europe/Madrid' },
  { email: 'femi@panelwise.test', name: 'Femi Okafor', role: TeamRole.INTERVIEWER, timeZone: 'Africa/Lagos' },
] as const;

export type DemoSeedResult = { created: boolean; teamName: string; teamId: string | null };

/** Creates the demo team once, on an empty database. */
export async function seedDemoTeam(dataSource: DataSource, passwordHashCost: ScryptCost): Promise<DemoSeedResult> {
  const teamName = 'Demo Hiring Team';
  if ((await dataSource.getRepository(TeamEntity).count()) > 0) {
    return { created: false, teamName, teamId: null };
  }
  // The demo logins follow the same policy as every other password.
  for (const demo of DEMO_USERS) {
    assertPasswordPolicy(DEMO_PASSWORD, demo.email, 'password');
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD, passwordHashCost);
  const teamId = await dataSource.transaction(async (manager) => {
    // The demo coordinator works from London.
    const team = await manager.save(TeamEntity, { name: teamName, timeZone: 'Europe/London' });
    for (const demo of DEMO_USERS) {
      const user = await manager.save(UserEntity, {
        email: demo.email,
        name: demo.name,
        passwordHash,
        timeZone: demo.timeZone,
      });
      await manager.insert(MembershipEntity, { teamId: team.id, userId: user.id, role: demo.role, active: true });
    }
    await seedDefaultRubrics(manager, team.id);
    await new AuditService().record(manager, {
      teamId: team.id,
      actorId: null,
      action: 'team.seeded',
      recordType: 'team',
      recordId: team.id,
    });

    return team.id;
  });

  return { created: true, teamName, teamId };
}
