import { Module } from '@nestjs/common';

import { AuditSinkModule } from '@api/core/audit/audit-sink.module';

import { CandidatePrivacyService } from './candidate-privacy.service';
import { CandidateResolver } from './candidate.resolver';
import { CandidateService } from './candidate.service';

@Module({
  imports: [AuditSinkModule],
  providers: [CandidatePrivacyService, CandidateResolver, CandidateService],
  exports: [CandidateService],
})
export class CandidateModule {}
