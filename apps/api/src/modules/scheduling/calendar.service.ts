import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Actor } from '@api/core/auth/request-auth';
import { createSecretToken, hashSecretToken } from '@api/core/auth/secret-token';
import { AppConfig } from '@api/core/config/app-config';
import { identityRepository } from '@api/modules/identity/identity.repository';

import type { SessionModel } from './dto/session.model';
import { loadSessions } from './session.loader';
import { type CalendarContext, organizerFromMailFrom, sessionFeedIcs, sessionInvitationIcs } from './session-calendar';
import { SessionService } from './session.service';

const FEED_PAST_DAYS = 30;
const FEED_FUTURE_DAYS = 180;

@Injectable()
export class CalendarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /** One session as an iCalendar invitation (or cancellation), panel and candidate as attendees. */
  async sessionIcs(actor: Actor, sessionId: string): Promise<string> {
    return sessionInvitationIcs(await this.sessions.session(actor, sessionId), this.calendarContext()).ics;
  }

  /** The private feed of one person: their sessions in every team, looked up by the secret in the URL. */
  async feed(token: string): Promise<string | null> {
    const user = await identityRepository.userByCalendarTokenHash(this.dataSource, hashSecretToken(token));
    if (!user) {
      return null;
    }
    const teamIds = await identityRepository.activeTeamIds(this.dataSource, user.id);
    const from = new Date(Date.now() - FEED_PAST_DAYS * 86_400_000);
    const to = new Date(Date.now() + FEED_FUTURE_DAYS * 86_400_000);
    const sessions: SessionModel[] = [];
    for (const teamId of teamIds) {
      sessions.push(
        ...(await loadSessions(
          this.dataSource,
          teamId,
          `s.starts_at < $3 AND s.ends_at > $2 AND EXISTS (SELECT 1 FROM session_panelist p WHERE p.session_id = s.id AND p.user_id = $4)`,
          [from, to, user.id],
        )),
      );
    }

    return sessionFeedIcs(`Panelwise — ${user.name}`, sessions, this.calendarContext());
  }

  /** A new private feed URL; the previous one stops working at once. */
  async rotateToken(actor: Actor): Promise<string> {
    const { token, tokenHash } = createSecretToken();
    await identityRepository.setCalendarTokenHash(this.dataSource, actor.userId, tokenHash);

    return `${this.config.publicUrl}/calendar/${token}.ics`;
  }

  async revokeToken(actor: Actor): Promise<void> {
    await identityRepository.setCalendarTokenHash(this.dataSource, actor.userId, null);
  }

  calendarContext(): CalendarContext {
    return { publicUrl: this.config.publicUrl, organizer: organizerFromMailFrom(this.config.get('MAIL_FROM')) };
  }
}
