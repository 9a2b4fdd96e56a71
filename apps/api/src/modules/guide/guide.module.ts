import { Module } from '@nestjs/common';

import { AuditSinkModule } from '@api/core/audit/audit-sink.module';
import { QuestionModule } from '@api/modules/question/question.module';

import { GuideExportController } from './guide-export.controller';
import { GuideImportService } from './guide-import.service';
import { GuideLifecycleService } from './guide-lifecycle.service';
import { GuideResolver } from './guide.resolver';
import { GuideService } from './guide.service';
import { QuestionEditingResolver } from './question-editing.resolver';
import { QuestionEditingService } from './question-editing.service';

@Module({
  imports: [AuditSinkModule, QuestionModule],
  controllers: [GuideExportController],
  providers: [GuideImportService, GuideLifecycleService, GuideResolver, GuideService, QuestionEditingResolver, QuestionEditingService],
  exports: [GuideImportService, GuideService],
})
export class GuideModule {}
