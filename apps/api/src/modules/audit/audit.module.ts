import { Module } from '@nestjs/common';

import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';
import { AuditService } from './audit.service';

@Module({
  providers: [AuditLogResolver, AuditLogService, AuditService],
  exports: [AuditService],
})
export class AuditModule {}
