import { Module } from '@nestjs/common';

import { AuditSinkModule } from '@api/core/audit/audit-sink.module';
import { MailModule } from '@api/modules/mail/mail.module';

import { AvailabilityService } from './availability.service';
import { CalendarController } from './calendar.controller';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';
import { CandidateSessionsResolver } from './candidate-sessions.resolver';
import { SchedulingResolver } from './scheduling.resolver';
import { SessionAccessService } from './session-access.service';
import { SessionInvitationsService } from './session-invitations.service';
import { SessionBookingService } from './session-booking.service';
import { SessionHistoryService } from './session-history.service';
import { SessionLifecycleService } from './session-lifecycle.service';
import { SessionService } from './session.service';
import { SlotFinderService } from './slot-finder.service';

@Module({
  imports: [AuditSinkModule, MailModule],
  controllers: [CalendarController],
  providers: [
    AvailabilityService,
    CalendarResolver,
    CalendarService,
    CandidateSessionsResolver,
    SchedulingResolver,
    SessionAccessService,
    SessionBookingService,
    SessionHistoryService,
    SessionInvitationsService,
    SessionLifecycleService,
    SessionService,
    SlotFinderService,
  ],
  exports: [SessionAccessService, SessionBookingService, SessionHistoryService, SessionLifecycleService, SessionService],
})
export class SchedulingModule {}
