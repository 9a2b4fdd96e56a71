import { Mutation, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentActor } from '@api/core/auth/auth.decorators';
import type { Actor } from '@api/core/auth/request-auth';

import { CalendarService } from './calendar.service';

@Resolver()
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Authenticated()
  @Mutation(() => String, {
    description:
      'Makes a new private iCal feed URL of the caller\u2019s sessions (PUBLIC_URL/calendar/<secret>.ics) and answers it; the old one stops working. Any member of the team.',
  })
  rotateCalendarToken(@CurrentActor() actor: Actor): Promise<string> {
    return this.calendar.rotateToken(actor);
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Turns the caller\u2019s private iCal feed off: its URL stops working. Answers true. Any member of the team.' })
  async revokeCalendarToken(@CurrentActor() actor: Actor): Promise<boolean> {
    await this.calendar.revokeToken(actor);

    return true;
  }
}
