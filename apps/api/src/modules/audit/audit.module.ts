import { Module } from '@nestjs/common';

import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';

/** The read side of the audit trail: the coordinators' log. */
@Module({
  providers: [AuditLogResolver, AuditLogService],
})
export class AuditModule {}
