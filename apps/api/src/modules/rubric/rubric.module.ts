import { Module } from '@nestjs/common';

import { AuditModule } from '@api/modules/audit/audit.module';

import { RubricResolver } from './rubric.resolver';
import { RubricService } from './rubric.service';

@Module({
  imports: [AuditModule],
  providers: [RubricResolver, RubricService],
  exports: [RubricService],
})
export class RubricModule {}
