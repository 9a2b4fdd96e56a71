import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { formatInTimeZone } from '@panelwise/shared-util';

import { AppConfig } from '@api/core/config/app-config';
import { OutboxService } from '@api/modules/mail/outbox.service';
import { organizerFromMailFrom } from '@api/modules/scheduling/session-calendar';

import { candidateInvitationIcs } from './candidate-calendar';
import {
  type RequestRow,
  schedulingRequestRepository,
} from './scheduling-request.repository';

export type CandidateNotice =
  'BOOKED' | 'RESCHEDULED' | 'CANCELLED' | 'REMINDER';

const HEADING: Record<CandidateNotice, string> = {
  BOOKED: 'Your interview is booked',
  RESCHEDULED: 'Your interview has moved',
  CANCELLED: 'Your interview is cancelled',
  REMINDER: 'Your interview is tomorrow',
};

/**
 * Every email a candidate gets about a scheduling link, written to the outbox
 * in the transaction of its cause. Each carries a link of its own to the same
 * request, so an older email's link keeps working; times are in the zone the
 * candidate chose.
 */
@Injectable()
export class CandidateMailService {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /** The link to pick a time; returns the link (shown once to the coordinator). */
  async sendRequest(
    manager: EntityManager,
    request: RequestRow,
  ): Promise<string> {
    const url = await this.newLink(manager, request.id);
    if (request.candidate_email) {
      const zone = request.candidate_time_zone;
      await this.outbox.enqueue(manager, {
        teamId: request.team_id,
        eventKey: `scheduling-request:${request.id}:${request.send_count}`,
        kind: 'SCHEDULING_REQUEST',
        to: { email: request.candidate_email, userId: null },
        subject: `${request.team_name}: pick a time for your interview`,
        content: {
          heading: `Pick a time for your ${request.kit_name} interview`,
          paragraphs: [
            `Hello ${request.candidate_name},`,
            `${request.team_name} invites you to a ${request.duration_minutes}-minute interview. Choose the time that suits you between ${formatInTimeZone(request.window_start, zone)} and ${formatInTimeZone(request.window_end, zone)}; the page shows times in your own time zone.`,
            `The link works until ${formatInTimeZone(request.expires_at, zone)} and is for you alone.`,
          ],
          action: { label: 'Choose a time', url },
          footer: `Sent by ${request.team_name} through Panelwise. You can move or cancel the booking later from the same page.`,
        },
      });
    }

    return url;
  }

  /** A confirmation, move, cancellation or reminder about the booked session, with its calendar file. */
  async sendNotice(
    manager: EntityManager,
    request: RequestRow,
    notice: CandidateNotice,
    previousStartsAt: Date | null = null,
  ): Promise<void> {
    if (
      !request.candidate_email ||
      !request.session_id ||
      !request.session_starts_at ||
      !request.session_ends_at
    ) {
      return;
    }
    const url = await this.newLink(manager, request.id);
    const zone = request.candidate_time_zone;
    const when = formatInTimeZone(request.session_starts_at, zone);
    const location = request.session_location ?? '';
    const cancelled = notice === 'CANCELLED';
    const { method, ics } = candidateInvitationIcs({
      sessionId: request.session_id,
      sequence: request.session_sequence ?? 0,
      startsAt: request.session_starts_at,
      endsAt: request.session_ends_at,
      title: `${request.team_name}: ${request.kit_name} interview`,
      location,
      cancelled,
      candidate: {
        name: request.candidate_name,
        email: request.candidate_email,
      },
      organizer: organizerFromMailFrom(this.config.get('MAIL_FROM')),
      manageUrl: url,
    });
    await this.outbox.enqueue(manager, {
      teamId: request.team_id,
      eventKey: `candidate-${notice.toLowerCase()}:${request.session_id}:${request.session_sequence ?? 0}`,
      kind: `CANDIDATE_${notice}`,
      to: { email: request.candidate_email, userId: null },
      subject: `${HEADING[notice]}: ${request.kit_name}, ${when}`,
      content: {
        heading: HEADING[notice],
        paragraphs: [
          `Hello ${request.candidate_name},`,
          cancelled
            ? `Your ${request.kit_name} interview with ${request.team_name} on ${when} is cancelled. The attached calendar update removes it.`
            : `Your ${request.duration_minutes}-minute ${request.kit_name} interview with ${request.team_name} is on ${when}.`,
          ...(previousStartsAt
            ? [`It was on ${formatInTimeZone(previousStartsAt, zone)}.`]
            : []),
          ...(!cancelled && location ? [`Where: ${location}`] : []),
        ],
        action: {
          label: cancelled ? 'See the details' : 'Move or cancel',
          url,
        },
        footer: `Sent by ${request.team_name} through Panelwise. The attached invitation adds it to your calendar.`,
      },
      attachments: [
        {
          filename: 'interview.ics',
          contentType: `text/calendar; method=${method}; charset=utf-8`,
          content: ics,
        },
      ],
    });
  }

  private async newLink(
    manager: EntityManager,
    requestId: string,
  ): Promise<string> {
    const token = await schedulingRequestRepository.createLink(
      manager,
      requestId,
    );

    return `${this.config.publicUrl}/book/${token}`;
  }
}
