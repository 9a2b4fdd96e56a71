import { Module } from '@nestjs/common';

import { AuditModule } from '@api/modules/audit/audit.module';

import { CandidatePrivacyService } from './candidate-privacy.service';
import { CandidateResolver } from './candidate.resolver';
import { CandidateService } from './candidate.service';

@Module({
  imports: [AuditModule],
  providers: [CandidatePrivacyService, CandidateResolver, CandidateService],
  exports: [CandidateService],
})
export class CandidateModule {}
