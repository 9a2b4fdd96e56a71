import { Module } from '@nestjs/common';

import { AuditModule } from '@api/modules/audit/audit.module';

import { AvailabilityService } from './availability.service';
import { CalendarController } from './calendar.controller';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';
import { SchedulingResolver } from './scheduling.resolver';
import { SessionAccessService } from './session-access.service';
import { SessionService } from './session.service';
import { SlotFinderService } from './slot-finder.service';

@Module({
  imports: [AuditModule],
  controllers: [CalendarController],
  providers: [AvailabilityService, CalendarResolver, CalendarService, SchedulingResolver, SessionAccessService, SessionService, SlotFinderService],
  exports: [SessionAccessService, SessionService],
})
export class SchedulingModule {}
