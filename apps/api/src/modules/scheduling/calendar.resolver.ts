import { Mutation, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentActor } from '@api/auth/auth.decorators';
import type { Actor } from '@api/auth/request-auth';

import { CalendarService } from './calendar.service';

@Resolver()
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Authenticated()
  @Mutation(() => String, { description: 'A new private iCal feed URL; the old one stops working.' })
  rotateCalendarToken(@CurrentActor() actor: Actor): Promise<string> {
    return this.calendar.rotateToken(actor);
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Turns the private iCal feed off.' })
  async revokeCalendarToken(@CurrentActor() actor: Actor): Promise<boolean> {
    await this.calendar.revokeToken(actor);

    return true;
  }
}
