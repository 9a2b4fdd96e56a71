import { Global, Module } from '@nestjs/common';

import { LiveEventsService } from './live-events.service';
import { SessionActivityPublisher } from './session-activity.publisher';

@Global()
@Module({
  providers: [LiveEventsService, SessionActivityPublisher],
  exports: [LiveEventsService, SessionActivityPublisher],
})
export class LiveModule {}
