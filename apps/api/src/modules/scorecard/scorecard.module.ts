import { Module } from '@nestjs/common';

import { AuditSinkModule } from '@api/core/audit/audit-sink.module';
import { NotificationModule } from '@api/modules/notification/notification.module';
import { SchedulingModule } from '@api/modules/scheduling/scheduling.module';

import { ScorecardProgressService } from './scorecard-progress.service';
import { ScorecardReminderService } from './scorecard-reminder.service';
import { ScorecardResolver } from './scorecard.resolver';
import { ScorecardService } from './scorecard.service';

@Module({
  imports: [AuditSinkModule, NotificationModule, SchedulingModule],
  providers: [ScorecardProgressService, ScorecardReminderService, ScorecardResolver, ScorecardService],
  exports: [ScorecardReminderService],
})
export class ScorecardModule {}
