import { Module } from '@nestjs/common';

import { MailDeliveryService } from './mail-delivery.service';
import { OutboxResolver } from './outbox.resolver';
import { OutboxService } from './outbox.service';

@Module({
  providers: [MailDeliveryService, OutboxResolver, OutboxService],
  exports: [OutboxService],
})
export class MailModule {}
