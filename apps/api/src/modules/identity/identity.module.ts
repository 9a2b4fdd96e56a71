import { Module } from '@nestjs/common';

import { AuditSinkModule } from '@api/core/audit/audit-sink.module';
import { MailModule } from '@api/modules/mail/mail.module';

import { AccountRecoveryResolver } from './account-recovery.resolver';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { InviteResolver } from './invite.resolver';
import { InviteService } from './invite.service';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordResetService } from './password-reset.service';
import { ProfileResolver } from './profile.resolver';
import { ProfileService } from './profile.service';
import { SessionMiddleware } from './session.middleware';
import { TeamResolver } from './team.resolver';
import { TeamService } from './team.service';
import { ViewerService } from './viewer.service';

/** One identity context: users, sign-in sessions, teams, memberships and invites. */
@Module({
  imports: [AuditSinkModule, MailModule],
  providers: [
    AccountRecoveryResolver,
    AuthResolver,
    AuthService,
    InviteResolver,
    InviteService,
    LoginThrottleService,
    PasswordResetService,
    ProfileResolver,
    ProfileService,
    SessionMiddleware,
    TeamResolver,
    TeamService,
    ViewerService,
  ],
  exports: [AuthService, LoginThrottleService, PasswordResetService, SessionMiddleware, TeamService, ViewerService],
})
export class IdentityModule {}
