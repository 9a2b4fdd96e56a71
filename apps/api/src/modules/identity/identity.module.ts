import { Module } from '@nestjs/common';

import { AuditModule } from '@api/modules/audit/audit.module';

import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { SessionMiddleware } from './session.middleware';
import { ViewerService } from './viewer.service';

@Module({
  imports: [AuditModule],
  providers: [AuthResolver, AuthService, LoginThrottleService, SessionMiddleware, ViewerService],
  exports: [AuthService, SessionMiddleware, ViewerService],
})
export class IdentityModule {}
