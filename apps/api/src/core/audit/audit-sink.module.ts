import { Module } from '@nestjs/common';

import { AuditService } from './audit.service';

/** The write side of the audit trail: any module records through it, inside its own transaction. */
@Module({
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditSinkModule {}
