import { Module } from '@nestjs/common';

import { AuditSinkModule } from '@api/core/audit/audit-sink.module';

import { RubricResolver } from './rubric.resolver';
import { RubricService } from './rubric.service';

@Module({
  imports: [AuditSinkModule],
  providers: [RubricResolver, RubricService],
  exports: [RubricService],
})
export class RubricModule {}
