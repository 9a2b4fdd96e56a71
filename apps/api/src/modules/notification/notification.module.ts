import { Module } from '@nestjs/common';

import { MailModule } from '@api/modules/mail/mail.module';

import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';

@Module({
  imports: [MailModule],
  providers: [NotificationResolver, NotificationService],
  exports: [NotificationService],
})
export class NotificationModule {}
