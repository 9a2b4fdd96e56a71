import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { RequestAuth } from '@api/auth/request-auth';
import { MembershipEntity } from '@api/modules/team/membership.entity';
import { toMembershipModel, toTeamModel } from '@api/modules/team/team.mapper';

import type { ViewerModel } from './dto/viewer.model';
import { toUserModel } from './identity.mapper';
import { UserEntity } from './user.entity';

@Injectable()
export class ViewerService {
  constructor(private readonly dataSource: DataSource) {}

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
    };
  }

  viewerFor(auth: RequestAuth): Promise<ViewerModel> {
    return this.viewer(auth.userId, auth.teamId);
  }
}
