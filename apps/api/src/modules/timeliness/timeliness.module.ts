import { Module } from '@nestjs/common';

import { TimelinessResolver } from './timeliness.resolver';

/** Reporting: who owes feedback and how fast the team submits it. */
@Module({
  providers: [TimelinessResolver],
})
export class TimelinessModule {}
