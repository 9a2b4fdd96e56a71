import { Module } from '@nestjs/common';

import { AuditModule } from '@api/modules/audit/audit.module';
import { MailModule } from '@api/modules/mail/mail.module';

import { AccountRecoveryResolver } from './account-recovery.resolver';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordResetService } from './password-reset.service';
import { ProfileResolver } from './profile.resolver';
import { ProfileService } from './profile.service';
import { SessionMiddleware } from './session.middleware';
import { ViewerService } from './viewer.service';

@Module({
  imports: [AuditModule, MailModule],
  providers: [
    AccountRecoveryResolver,
    AuthResolver,
    AuthService,
    LoginThrottleService,
    PasswordResetService,
    ProfileResolver,
    ProfileService,
    SessionMiddleware,
    ViewerService,
  ],
  exports: [AuthService, LoginThrottleService, PasswordResetService, SessionMiddleware, ViewerService],
})
export class IdentityModule {}
