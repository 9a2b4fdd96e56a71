import { Module } from '@nestjs/common';

import { AuditModule } from '@api/modules/audit/audit.module';
import { CandidateModule } from '@api/modules/candidate/candidate.module';
import { NotificationModule } from '@api/modules/notification/notification.module';

import { CandidateDecisionsResolver, CandidateReviewResolver } from './candidate-review.resolver';
import { CandidateReviewService } from './candidate-review.service';
import { ReviewExportController } from './review-export.controller';
import { ReviewExportService } from './review-export.service';

@Module({
  imports: [AuditModule, CandidateModule, NotificationModule],
  controllers: [ReviewExportController],
  providers: [CandidateDecisionsResolver, CandidateReviewResolver, CandidateReviewService, ReviewExportService],
})
export class ReviewModule {}
