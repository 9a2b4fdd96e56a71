import { Module } from '@nestjs/common';

import { IdentityModule } from '@api/modules/identity/identity.module';

import { FirstRunService } from './first-run.service';
import { OnboardingResolver } from './onboarding.resolver';
import { TeamCreationService } from './team-creation.service';

/** How people and teams get started: the first-run setup and new teams (the admin CLI uses the same pieces). */
@Module({
  imports: [IdentityModule],
  providers: [FirstRunService, OnboardingResolver, TeamCreationService],
  exports: [FirstRunService],
})
export class OnboardingModule {}
