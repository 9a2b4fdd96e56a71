import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { RequestAuth } from '@api/core/auth/request-auth';
import { AppConfig } from '@api/core/config/app-config';
import { DomainError } from '@api/core/domain-error';
import { identityRepository } from '@api/modules/identity/identity.repository';
import { ViewerService } from '@api/modules/identity/viewer.service';

import { provisionTeam } from './team-provisioning';

/** Another team for a signed-in user, who becomes its coordinator (instance setting TEAM_CREATION). */
@Injectable()
export class TeamCreationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewers: ViewerService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async createTeam(auth: RequestAuth, name: string): Promise<string> {
    const teamName = name.trim();
    if (!teamName) {
      throw new DomainError('BAD_USER_INPUT', 'Name the team.', { field: 'name' });
    }
    const roles = await identityRepository.activeRolesOf(this.dataSource, auth.userId);
    if (!this.viewers.canCreateTeam(roles)) {
      const setting = this.config.get('TEAM_CREATION');
      throw new DomainError(
        'FORBIDDEN',
        setting === 'off' ? 'Creating teams is turned off on this instance' : 'Only coordinators may create teams on this instance',
        { reason: setting === 'off' ? 'TEAM_CREATION_OFF' : 'COORDINATORS_ONLY' },
      );
    }

    return this.dataSource.transaction(async (manager) => {
      const team = await provisionTeam(manager, { name: teamName, coordinatorId: auth.userId, actorId: auth.userId, via: 'app' });
      await identityRepository.switchSessionTeam(manager, auth.sessionId, team.id);

      return team.id;
    });
  }
}
