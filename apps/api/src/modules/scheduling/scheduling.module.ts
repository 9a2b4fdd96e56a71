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
import { SessionService } from './session.service';
import { SlotFinderService } from './slot-finder.service';

@Module({
  imports: [AuditSinkModule, MailModule],
  controllers: [CalendarController],
  providers: [AvailabilityService, CalendarResolver, CalendarService, CandidateSessionsResolver, SchedulingResolver, SessionAccessService, SessionInvitationsService, SessionService, SlotFinderService],
  exports: [SessionAccessService, SessionService],
})
export class SchedulingModule {}
