import { Module } from '@nestjs/common';

import { AuditModule } from '@api/modules/audit/audit.module';

import { CandidateResolver } from './candidate.resolver';
import { CandidateService } from './candidate.service';

@Module({
  imports: [AuditModule],
  providers: [CandidateResolver, CandidateService],
  exports: [CandidateService],
})
export class CandidateModule {}
