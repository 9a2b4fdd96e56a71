import { Module } from '@nestjs/common';

import { SchedulingModule } from '@api/modules/scheduling/scheduling.module';

import { InterviewRoomService } from './interview-room.service';
import { InterviewResolver } from './interview.resolver';
import { SessionNoteService } from './session-note.service';

@Module({
  imports: [SchedulingModule],
  providers: [InterviewResolver, InterviewRoomService, SessionNoteService],
})
export class InterviewModule {}
