import { Module } from '@nestjs/common';

import { AuditModule } from '@api/modules/audit/audit.module';
import { RubricModule } from '@api/modules/rubric/rubric.module';

import { KitResolver } from './kit.resolver';
import { KitService } from './kit.service';

@Module({
  imports: [AuditModule, RubricModule],
  providers: [KitResolver, KitService],
  exports: [KitService],
})
export class KitModule {}
