import { Global, Module } from '@nestjs/common';

import { LiveEventsService } from './live-events.service';
import { RoomPresenceService } from './room-presence.service';
import { SessionActivityPublisher } from './session-activity.publisher';

@Global()
@Module({
  providers: [LiveEventsService, RoomPresenceService, SessionActivityPublisher],
  exports: [LiveEventsService, RoomPresenceService, SessionActivityPublisher],
})
export class LiveModule {}
