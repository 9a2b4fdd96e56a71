import { Module } from '@nestjs/common';

import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogReadModel } from './audit-log.read-model';

/** The read side of the audit trail: the coordinators' log. */
@Module({
  providers: [AuditLogResolver, AuditLogReadModel],
})
export class AuditModule {}
