import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

import { Authenticated, CurrentActor, Public } from '@api/core/auth/auth.decorators';
import type { Actor } from '@api/core/auth/request-auth';
import { linkIdPipe } from '@api/core/graphql/link-id.pipe';

import { CalendarService } from './calendar.service';

@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Authenticated()
  @Get('sessions/:id.ics')
  async session(@CurrentActor() actor: Actor, @Param('id', linkIdPipe()) id: string, @Res() res: Response): Promise<void> {
    const ics = await this.calendar.sessionIcs(actor, id);
    res.type('text/calendar; charset=utf-8').attachment(`interview-${id}.ics`).send(ics);
  }

  /** Calendar apps cannot sign in: the secret token in the URL is the credential. */
  @Public()
  @Get('calendar/:token.ics')
  async feed(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const ics = token.length <= 100 ? await this.calendar.feed(token) : null;
    if (!ics) {
      throw new NotFoundException();
    }
    res.type('text/calendar; charset=utf-8').setHeader('Cache-Control', 'private, max-age=300').send(ics);
  }
}
