import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';

import { meetingLinkOf } from '@api/modules/scheduling/session-calendar';

export type CandidateEvent = {
  sessionId: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  title: string;
  location: string;
  cancelled: boolean;
  candidate: { name: string; email: string };
  organizer: { name: string; email: string };
  manageUrl: string;
};

/**
 * The candidate's calendar invitation: the same UID and SEQUENCE as the
 * panel's (so a reschedule updates the event it holds), but only the candidate
 * as attendee: it names no interviewer and no address of the team.
 */
export function candidateInvitationIcs(event: CandidateEvent): {
  method: 'REQUEST' | 'CANCEL';
  ics: string;
} {
  const method = event.cancelled ? 'CANCEL' : 'REQUEST';
  const calendar = ical({
    name: event.title,
    prodId: { company: 'Panelwise', product: 'Panelwise', language: 'EN' },
    method: event.cancelled
      ? ICalCalendarMethod.CANCEL
      : ICalCalendarMethod.REQUEST,
  });
  const meetingLink = meetingLinkOf(event.location);
  const created = calendar.createEvent({
    id: `${event.sessionId}@panelwise`,
    sequence: event.sequence,
    start: event.startsAt,
    end: event.endsAt,
    // UTC instants: a TZID without its VTIMEZONE puts the event at the server's wall time.
    summary: event.title,
    description: [
      ...(meetingLink ? [`Join: ${meetingLink}`] : []),
      `Move or cancel: ${event.manageUrl}`,
    ].join('\n'),
    location: event.location || undefined,
    status: event.cancelled
      ? ICalEventStatus.CANCELLED
      : ICalEventStatus.CONFIRMED,
    url: meetingLink ?? event.manageUrl,
    organizer: event.organizer,
  });
  created.createAttendee({
    email: event.candidate.email,
    name: event.candidate.name,
    role: ICalAttendeeRole.REQ,
    status: ICalAttendeeStatus.ACCEPTED,
  });

  return { method, ics: calendar.toString() };
}
