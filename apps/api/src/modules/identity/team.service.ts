import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';


import { AuditService } from '@api/core/audit/audit.service';
import type { Actor } from '@api/core/auth/request-auth';
import { DomainError, notFound } from '@api/core/domain-error';

import type { MembershipModel } from '@api/modules/identity/dto/membership.model';
import type { TeamModel } from '@api/modules/identity/dto/team.model';
import type { UpdateTeamSettingsInput } from '@api/modules/identity/dto/update-team-settings.input';
import { MembershipEntity } from './membership.entity';
import { TeamRole } from '@api/core/auth/team-role';
import { toMembershipModel, toTeamModel } from './team.mapper';
import { TeamEntity } from './team.entity';

@Injectable()
export class TeamService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async team(actor: Actor): Promise<TeamModel> {
    return toTeamModel(
      await this.dataSource.getRepository(TeamEntity).findOneByOrFail({ id: actor.teamId }),
    );
  }

  async updateSettings(actor: Actor, input: UpdateTeamSettingsInput): Promise<TeamModel> {
    const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== null));
    if (typeof changes['name'] === 'string') {
      changes['name'] = changes['name'].trim();
      if (!changes['name']) {
        throw new DomainError('BAD_USER_INPUT', 'Give the team a name', { field: 'name' });
      }
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.update(TeamEntity, { id: actor.teamId }, changes);
      await this.audit.record(manager, {
        teamId: actor.teamId,
        actorId: actor.userId,
        action: 'team.settings_changed',
        recordType: 'team',
        recordId: actor.teamId,
        details: changes,
      });
    });

    return this.team(actor);
  }

  async members(actor: Actor): Promise<MembershipModel[]> {
    const memberships = await this.dataSource.getRepository(MembershipEntity).find({
      where: { teamId: actor.teamId },
      relations: { team: true, user: true },
      order: { active: 'DESC', createdAt: 'ASC' },
    });

    return memberships.map(toMembershipModel);
  }

  changeRole(actor: Actor, membershipId: string, role: TeamRole): Promise<MembershipModel> {
    return this.updateMembership(actor, membershipId, 'member.role_changed', (membership) => {
      if (membership.role === role) {
        return null;
      }

      return { role, details: { from: membership.role, to: role } };
    });
  }

  deactivate(actor: Actor, membershipId: string): Promise<MembershipModel> {
    return this.updateMembership(actor, membershipId, 'member.deactivated', (membership) => {
      if (!membership.active) {
        return null;
      }

      return { active: false, details: { role: membership.role } };
    });
  }

  /**
   * Locks the team's memberships so two coordinators demoting each other at
   * once cannot leave the team without a coordinator.
   */
  private updateMembership(
    actor: Actor,
    membershipId: string,
    action: string,
    decide: (
      membership: MembershipEntity,
    ) => { role?: TeamRole; active?: boolean; details: Record<string, unknown> } | null,
  ): Promise<MembershipModel> {
    return this.dataSource.transaction(async (manager) => {
      const teamMemberships = await manager.find(MembershipEntity, {
        where: { teamId: actor.teamId },
        lock: { mode: 'pessimistic_write' },
      });
      const membership = teamMemberships.find((m) => m.id === membershipId);
      if (!membership) {
        throw notFound('Member');
      }
      const change = decide(membership);
      if (change) {
        const { details, ...fields } = change;
        const after = { ...membership, ...fields };
        const coordinatorsLeft = teamMemberships.filter((m) => {
          const current = m.id === membership.id ? after : m;

          return current.active && current.role === TeamRole.COORDINATOR;
        });
        if (coordinatorsLeft.length === 0) {
          throw new DomainError('CONFLICT', 'A team needs at least one active coordinator');
        }
        await manager.update(MembershipEntity, { id: membership.id }, fields);
        await this.audit.record(manager, {
          teamId: actor.teamId,
          actorId: actor.userId,
          action,
          recordType: 'membership',
          recordId: membership.id,
          details: { ...details, userId: membership.userId },
        });
      }

      return this.loadMembership(manager, membership.id);
    });
  }

  private async loadMembership(manager: EntityManager, id: string): Promise<MembershipModel> {
    const membership = await manager.findOneOrFail(MembershipEntity, {
      where: { id },
      relations: { team: true, user: true },
    });

    return toMembershipModel(membership);
  }
}
