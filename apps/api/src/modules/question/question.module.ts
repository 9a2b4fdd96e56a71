import { Module } from '@nestjs/common';

import { AuditModule } from '@api/modules/audit/audit.module';

import { QuestionEditingService } from './question-editing.service';
import { QuestionResolver } from './question.resolver';
import { QuestionService } from './question.service';

@Module({
  imports: [AuditModule],
  providers: [QuestionEditingService, QuestionResolver, QuestionService],
  exports: [QuestionService],
})
export class QuestionModule {}
