import { Module } from '@nestjs/common';

import { AuditModule } from '@api/modules/audit/audit.module';

import { GuideExportController } from './guide-export.controller';
import { GuideImportService } from './guide-import.service';
import { GuideLifecycleService } from './guide-lifecycle.service';
import { GuideResolver } from './guide.resolver';
import { GuideService } from './guide.service';

@Module({
  imports: [AuditModule],
  controllers: [GuideExportController],
  providers: [GuideImportService, GuideLifecycleService, GuideResolver, GuideService],
  exports: [GuideImportService, GuideService],
})
export class GuideModule {}
