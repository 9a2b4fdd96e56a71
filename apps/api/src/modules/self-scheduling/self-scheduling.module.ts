import { Module } from '@nestjs/common';

import { AuditSinkModule } from '@api/core/audit/audit-sink.module';
import { IdentityModule } from '@api/modules/identity/identity.module';
import { MailModule } from '@api/modules/mail/mail.module';
import { SchedulingModule } from '@api/modules/scheduling/scheduling.module';

import { BookingPageService } from './booking-page.service';
import { CandidateMailService } from './candidate-mail.service';
import { CandidateReminderService } from './candidate-reminder.service';
import { SchedulingRequestService } from './scheduling-request.service';
import { SelfSchedulingResolver } from './self-scheduling.resolver';

@Module({
  imports: [AuditSinkModule, IdentityModule, MailModule, SchedulingModule],
  providers: [
    BookingPageService,
    CandidateMailService,
    CandidateReminderService,
    SchedulingRequestService,
    SelfSchedulingResolver,
  ],
  exports: [CandidateReminderService],
})
export class SelfSchedulingModule {}
