import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { RequestAuth } from '@api/core/auth/request-auth';
import { AppConfig } from '@api/core/config/app-config';
import { MembershipEntity } from './membership.entity';
import { TeamRole } from '@api/core/auth/team-role';
import { toMembershipModel, toTeamModel } from './team.mapper';

import type { ViewerModel } from './dto/viewer.model';
import { toUserModel } from './identity.mapper';
import { UserEntity } from './user.entity';

@Injectable()
export class ViewerService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /** TEAM_CREATION: `anyone` signed in, `coordinators` of some team, or `off`. */
  canCreateTeam(roles: readonly TeamRole[]): boolean {
    switch (this.config.get('TEAM_CREATION')) {
      case 'anyone':
        return true;
      case 'coordinators':
        return roles.includes(TeamRole.COORDINATOR);
      case 'off':
        return false;
    }
  }

  async updateEmailPreferences(userId: string, preferences: { sessionUpdates: boolean; scorecardUpdates: boolean }): Promise<void> {
    await this.dataSource
      .getRepository(UserEntity)
      .update({ id: userId }, { emailSessionUpdates: preferences.sessionUpdates, emailScorecardUpdates: preferences.scorecardUpdates });
  }

  async viewer(userId: string, teamId: string | null): Promise<ViewerModel> {
    const [user, memberships] = await Promise.all([
      this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: userId }),
      this.dataSource.getRepository(MembershipEntity).find({
        where: { userId, active: true },
        relations: { team: true, user: true },
        order: { createdAt: 'ASC' },
      }),
    ]);
    const current = memberships.find((m) => m.teamId === teamId);

    return {
      user: toUserModel(user),
      currentTeam: current?.team ? toTeamModel(current.team) : null,
      role: current?.role ?? null,
      memberships: memberships.map(toMembershipModel),
      emailPreferences: { sessionUpdates: user.emailSessionUpdates, scorecardUpdates: user.emailScorecardUpdates },
      canCreateTeam: this.canCreateTeam(memberships.map((membership) => membership.role)),
    };
  }

  viewerFor(auth: RequestAuth): Promise<ViewerModel> {
    return this.viewer(auth.userId, auth.teamId);
  }
}
