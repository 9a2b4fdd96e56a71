import { Module } from '@nestjs/common';

import { AuditSinkModule } from '@api/core/audit/audit-sink.module';
import { CandidateModule } from '@api/modules/candidate/candidate.module';
import { NotificationModule } from '@api/modules/notification/notification.module';

import { CandidateDecisionsResolver, CandidateReviewResolver } from './candidate-review.resolver';
import { CandidateReviewService } from './candidate-review.service';
import { ReviewExportController } from './review-export.controller';
import { ReviewExportService } from './review-export.service';

@Module({
  imports: [AuditSinkModule, CandidateModule, NotificationModule],
  controllers: [ReviewExportController],
  providers: [CandidateDecisionsResolver, CandidateReviewResolver, CandidateReviewService, ReviewExportService],
})
export class ReviewModule {}
