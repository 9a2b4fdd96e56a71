import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { formatInTimeZone } from '@panelwise/shared-util';

import { AppConfig } from '@api/core/config/app-config';
import { identityRepository } from '@api/modules/identity/identity.repository';
import { OutboxService } from '@api/modules/mail/outbox.service';

import { organizerFromMailFrom, sessionInvitationIcs } from './session-calendar';
import { loadSessions } from './session.loader';

export type SessionChange = 'SCHEDULED' | 'RESCHEDULED' | 'CANCELLED';

const SUBJECT: Record<SessionChange, string> = {
  SCHEDULED: 'Interview scheduled',
  RESCHEDULED: 'Interview moved',
  CANCELLED: 'Interview cancelled',
};


/**
 * Emails every panelist a calendar invitation when their session is booked,
 * moved or cancelled, written in the transaction of that change. One message
 * per person and session SEQUENCE, so a change is never mailed twice.
 */
@Injectable()
export class SessionInvitationsService {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async sessionChanged(manager: EntityManager, teamId: string, sessionId: string, change: SessionChange): Promise<void> {
    const [session] = await loadSessions(manager, teamId, 's.id = $2', [sessionId]);
    if (!session) {
      return;
    }
    const recipients = await identityRepository.sessionMailRecipients(
      manager,
      session.panel.map((panelist) => panelist.user.id),
    );
    const teamName = await identityRepository.teamName(manager, teamId);
    const { method, ics } = sessionInvitationIcs(session, {
      publicUrl: this.config.publicUrl,
      organizer: organizerFromMailFrom(this.config.get('MAIL_FROM')),
    });
    const title = `${session.candidate.name} — ${session.kitName}`;
    const minutes = Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000);
    for (const recipient of recipients) {
      const role = session.panel.find((panelist) => panelist.user.id === recipient.id)?.role.toLowerCase().replace('_', '-') ?? 'panelist';
      const when = formatInTimeZone(session.startsAt, recipient.time_zone);
      const previous = change === 'RESCHEDULED' ? session.history.at(-1)?.previousStartsAt : null;
      await this.outbox.enqueue(manager, {
        teamId,
        eventKey: `session:${session.id}:${session.sequence}`,
        kind: `SESSION_${change}`,
        to: { email: recipient.email, userId: recipient.id },
        subject: `${SUBJECT[change]}: ${title}, ${when}`,
        content: {
          heading: `${SUBJECT[change]}: ${title}`,
          paragraphs: [
            `Hello ${recipient.name},`,
            change === 'CANCELLED'
              ? `The interview on ${when} is cancelled. The attached calendar update removes it.`
              : `${when}, ${minutes} minutes. You are the ${role} on the panel (${session.panel.map((p) => p.user.name).join(', ')}).`,
            ...(previous ? [`It was on ${formatInTimeZone(previous, recipient.time_zone)}.`] : []),
            ...(change !== 'CANCELLED' && session.location ? [`Where: ${session.location}`] : []),
          ],
          action: { label: change === 'CANCELLED' ? 'See the session' : 'Open the session', url: `${this.config.publicUrl}/sessions/${session.id}` },
          footer: `${teamName ?? 'Panelwise'}. Turn session emails off under Account → Email (your calendar feed keeps working).`,
        },
        attachments: [{ filename: 'invite.ics', contentType: `text/calendar; method=${method}; charset=utf-8`, content: ics }],
      });
    }
  }
}
