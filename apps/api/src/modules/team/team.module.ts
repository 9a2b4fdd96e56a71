import { Module } from '@nestjs/common';

import { AuditModule } from '@api/modules/audit/audit.module';
import { IdentityModule } from '@api/modules/identity/identity.module';
import { MailModule } from '@api/modules/mail/mail.module';

import { InviteResolver } from './invite.resolver';
import { InviteService } from './invite.service';
import { TeamResolver } from './team.resolver';
import { TeamService } from './team.service';

@Module({
  imports: [AuditModule, IdentityModule, MailModule],
  providers: [InviteResolver, InviteService, TeamResolver, TeamService],
  exports: [TeamService],
})
export class TeamModule {}
