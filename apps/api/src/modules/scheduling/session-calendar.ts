import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

import { formatInTimeZone } from '@panelwise/shared-util';

import type { SessionModel } from './dto/session.model';
import { PanelRole, SessionStatus } from '@api/core/session-status';

export type CalendarContext = {
  publicUrl: string;
  /** The invitation's ORGANIZER (strict clients need one on METHOD:REQUEST). */
  organizer: { name: string; email: string };
};

/** One ATTENDEE of the event: `confirmed` ones are ACCEPTED, the others asked to answer (RSVP). */
export type CalendarAttendee = { email: string; name: string; required: boolean; confirmed: boolean };

export type SessionEventOptions = {
  /** Who the event lists; by default the panel (confirmed) and the candidate, when they have an email. */
  attendees?: CalendarAttendee[];
};

type Calendar = ReturnType<typeof ical>;

const PRODUCT = { company: 'Panelwise', product: 'Panelwise', language: 'EN' } as const;

/** The first web address in a session's location ("Zoom: https://…" included), the meeting link. */
export function meetingLinkOf(location: string): string | null {
  return /https?:\/\/[^\s<>"]+/i.exec(location)?.[0].replace(/[.,;)]+$/, '') ?? null;
}

/**
 * A name as a quoted CN parameter may hold it: RFC 5545 allows no DQUOTE (nor control
 * characters) inside one, and escaping it is not understood by every client.
 */
export function parameterText(text: string): string {
  return text.replace(/"/g, "'").replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** The default attendees: the panel, booked by the coordinator, and the candidate, who is asked. */
export function sessionAttendees(session: SessionModel): CalendarAttendee[] {
  return [
    ...session.panel.map((panelist) => ({
      email: panelist.user.email,
      name: panelist.user.name,
      required: panelist.role !== PanelRole.SHADOW,
      confirmed: true,
    })),
    ...(session.candidate.email ? [{ email: session.candidate.email, name: session.candidate.name, required: true, confirmed: false }] : []),
  ];
}

/**
 * One event per session, with one UID for its whole life and SEQUENCE raised on
 * every change, so a calendar updates the event it holds rather than adding one.
 * Times are written in UTC (`…Z`): every client reads them without a VTIMEZONE,
 * and each shows them in its owner's zone; the description names the session's zone.
 */
export function addSessionEvent(calendar: Calendar, session: SessionModel, context: CalendarContext, options: SessionEventOptions = {}): void {
  const cancelled = session.status === SessionStatus.CANCELLED;
  const sessionUrl = `${context.publicUrl}/sessions/${session.id}`;
  const meetingLink = meetingLinkOf(session.location);
  const event = calendar.createEvent({
    id: `${session.id}@panelwise`,
    sequence: session.sequence,
    start: session.startsAt,
    end: session.endsAt,
    summary: `Interview: ${session.candidate.name} — ${session.kitName}`,
    description: [
      `When: ${formatInTimeZone(session.startsAt, session.timeZone)}`,
      `Panel: ${session.panel.map((p) => `${p.user.name} (${p.role.toLowerCase().replace('_', '-')})`).join(', ')}`,
      ...(meetingLink ? [`Join: ${meetingLink}`] : []),
      `In Panelwise: ${sessionUrl}`,
    ].join('\n'),
    location: session.location.trim() || meetingLink || undefined,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    url: meetingLink ?? sessionUrl,
    organizer: { name: parameterText(context.organizer.name), email: context.organizer.email },
  });
  for (const attendee of options.attendees ?? sessionAttendees(session)) {
    event.createAttendee({
      email: attendee.email,
      name: parameterText(attendee.name),
      role: attendee.required ? ICalAttendeeRole.REQ : ICalAttendeeRole.OPT,
      status: attendee.confirmed ? ICalAttendeeStatus.ACCEPTED : ICalAttendeeStatus.NEEDSACTION,
      rsvp: !attendee.confirmed && !cancelled,
    });
  }
}

/** A session as an iCalendar invitation: METHOD:REQUEST, or METHOD:CANCEL once cancelled. */
export function sessionInvitationIcs(
  session: SessionModel,
  context: CalendarContext,
  options: SessionEventOptions = {},
): { method: 'REQUEST' | 'CANCEL'; ics: string } {
  const method = session.status === SessionStatus.CANCELLED ? 'CANCEL' : 'REQUEST';
  const calendar = ical({
    name: 'Panelwise interview',
    prodId: PRODUCT,
    scale: 'GREGORIAN',
    method: method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  addSessionEvent(calendar, session, context, options);

  return { method, ics: withFinalLineEnd(calendar.toString()) };
}

/** A person's private feed (METHOD:PUBLISH) of the given sessions. */
export function sessionFeedIcs(name: string, sessions: SessionModel[], context: CalendarContext): string {
  const calendar = ical({ name, prodId: PRODUCT, scale: 'GREGORIAN', method: ICalCalendarMethod.PUBLISH, ttl: 15 * 60 });
  for (const session of sessions) {
    addSessionEvent(calendar, session, context);
  }

  return withFinalLineEnd(calendar.toString());
}

/** RFC 5545 ends every content line with CRLF, the last `END:VCALENDAR` included. */
const withFinalLineEnd = (ics: string) => (ics.endsWith('\r\n') ? ics : `${ics}\r\n`);

/** "Name <address>" or a bare address, as MAIL_FROM holds it. */
export function organizerFromMailFrom(mailFrom: string): { name: string; email: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailFrom);

  return match ? { name: match[1] || 'Panelwise', email: match[2] ?? mailFrom } : { name: 'Panelwise', email: mailFrom.trim() };
}
