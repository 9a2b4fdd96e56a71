import { Module } from '@nestjs/common';

import { AuditSinkModule } from '@api/core/audit/audit-sink.module';
import { RubricModule } from '@api/modules/rubric/rubric.module';

import { KitResolver } from './kit.resolver';
import { KitService } from './kit.service';

@Module({
  imports: [AuditSinkModule, RubricModule],
  providers: [KitResolver, KitService],
  exports: [KitService],
})
export class KitModule {}
