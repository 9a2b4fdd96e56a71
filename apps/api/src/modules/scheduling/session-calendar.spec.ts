import ICAL from 'ical.js';

import type { SessionModel } from './dto/session.model';
import { meetingLinkOf, organizerFromMailFrom, sessionFeedIcs, sessionInvitationIcs } from './session-calendar';
import { PanelRole, SessionStatus } from '@api/core/session-status';

const CONTEXT = { publicUrl: 'https://panelwise.example', organizer: { name: 'Acme Hiring', email: 'hiring@acme.test' } };

function user(id: string, name: string, email: string) {
  return { id, name, email, timeZone: 'Europe/Paris' };
}

function session(overrides: Partial<SessionModel> = {}): SessionModel {
  return {
    id: '4f6c1a52-93a4-4d6b-9a59-3b7f2e7a0d11',
    candidate: {
      id: 'c1',
      name: 'Zoë Łukasiewicz-Øvergård',
      email: 'zoe@example.test',
      targetRole: null,
      notes: '',
      version: 1,
      createdAt: new Date(),
      updatedAt: new Date(),
    },
    kitId: 'k1',
    kitName: 'Backend loop; system design, part 2',
    // 09:00 UTC is 10:00 in Paris: a calendar that read it as 09:00 Paris would be an hour early.
    startsAt: new Date('2026-12-14T09:00:00Z'),
    endsAt: new Date('2026-12-14T10:00:00Z'),
    timeZone: 'Europe/Paris',
    location: 'Video call: https://meet.example/abc-defg-hij.',
    status: SessionStatus.SCHEDULED,
    startedAt: null,
    completedAt: null,
    revealAt: null,
    panel: [
      { user: user('u1', 'Ana "the lead" Álvarez', 'ana@example.test'), role: PanelRole.LEAD },
      { user: user('u2', 'Дмитрий Ковалёв', 'dmitry@example.test'), role: PanelRole.CO_INTERVIEWER },
      { user: user('u3', 'Ben Shadow', 'ben@example.test'), role: PanelRole.SHADOW },
    ],
    history: [],
    rescheduleCount: 0,
    sequence: 0,
    version: 1,
    ...overrides,
  };
}

type Parsed = { calendar: ICAL.Component; event: ICAL.Component };

function parse(ics: string): Parsed {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) {
    throw new Error('No VEVENT');
  }

  return { calendar, event };
}

const instant = (event: ICAL.Component, name: string) => {
  const time = event.getFirstPropertyValue(name) as ICAL.Time;

  return { iso: time.toJSDate().toISOString(), utc: time.zone === ICAL.Timezone.utcTimezone };
};

const attendees = (event: ICAL.Component) =>
  event.getAllProperties('attendee').map((property) => ({
    address: String(property.getFirstValue()).toLowerCase(),
    name: property.getParameter('cn'),
    role: property.getParameter('role'),
    partstat: property.getParameter('partstat'),
    rsvp: property.getParameter('rsvp'),
  }));

describe(sessionInvitationIcs.name, () => {
  it('should write a REQUEST that names the calendar, method, organizer and the exact instants in UTC', () => {
    const { method, ics } = sessionInvitationIcs(session(), CONTEXT);
    const { calendar, event } = parse(ics);

    expect(method).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Panelwise//Panelwise//EN');
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(event.getFirstPropertyValue('uid')).toBe('4f6c1a52-93a4-4d6b-9a59-3b7f2e7a0d11@panelwise');
    expect(event.getFirstPropertyValue('sequence')).toBe(0);
    expect(event.getFirstPropertyValue('dtstamp')).toBeTruthy();
    expect(instant(event, 'dtstart')).toEqual({ iso: '2026-12-14T09:00:00.000Z', utc: true });
    expect(instant(event, 'dtend')).toEqual({ iso: '2026-12-14T10:00:00.000Z', utc: true });
    // A TZID without its VTIMEZONE is what strict clients refuse: times are UTC, so neither appears.
    expect(ics).not.toContain('TZID');
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(String(event.getFirstPropertyValue('organizer'))).toBe('mailto:hiring@acme.test');
    expect(event.getFirstProperty('organizer')?.getParameter('cn')).toBe('Acme Hiring');
  });

  it('should carry the meeting link as URL and the location as written, and the session zone in the description', () => {
    const { event } = parse(sessionInvitationIcs(session(), CONTEXT).ics);

    expect(event.getFirstPropertyValue('url')).toBe('https://meet.example/abc-defg-hij');
    expect(event.getFirstPropertyValue('location')).toBe('Video call: https://meet.example/abc-defg-hij.');
    expect(event.getFirstPropertyValue('summary')).toBe('Interview: Zoë Łukasiewicz-Øvergård — Backend loop; system design, part 2');
    expect(String(event.getFirstPropertyValue('description'))).toContain('When: Mon 14 Dec 2026, 10:00 (Europe/Paris)');
    expect(String(event.getFirstPropertyValue('description'))).toContain('Join: https://meet.example/abc-defg-hij');
  });

  it('should point URL at the session page when the location is a room', () => {
    const { event } = parse(sessionInvitationIcs(session({ location: 'Room 4.01' }), CONTEXT).ics);

    expect(event.getFirstPropertyValue('url')).toBe('https://panelwise.example/sessions/4f6c1a52-93a4-4d6b-9a59-3b7f2e7a0d11');
    expect(event.getFirstPropertyValue('location')).toBe('Room 4.01');
  });

  it('should list the panel as accepted (the shadow optional) and ask the candidate to answer', () => {
    const { event } = parse(sessionInvitationIcs(session(), CONTEXT).ics);

    expect(attendees(event)).toEqual([
      { address: 'mailto:ana@example.test', name: "Ana 'the lead' Álvarez", role: 'REQ-PARTICIPANT', partstat: 'ACCEPTED', rsvp: 'FALSE' },
      { address: 'mailto:dmitry@example.test', name: 'Дмитрий Ковалёв', role: 'REQ-PARTICIPANT', partstat: 'ACCEPTED', rsvp: 'FALSE' },
      { address: 'mailto:ben@example.test', name: 'Ben Shadow', role: 'OPT-PARTICIPANT', partstat: 'ACCEPTED', rsvp: 'FALSE' },
      { address: 'mailto:zoe@example.test', name: 'Zoë Łukasiewicz-Øvergård', role: 'REQ-PARTICIPANT', partstat: 'NEEDS-ACTION', rsvp: 'TRUE' },
    ]);
  });

  it('should list only the attendees it is given', () => {
    const { event } = parse(
      sessionInvitationIcs(session(), CONTEXT, { attendees: [{ email: 'zoe@example.test', name: 'Zoë', required: true, confirmed: false }] }).ics,
    );

    expect(attendees(event).map((attendee) => attendee.address)).toEqual(['mailto:zoe@example.test']);
  });

  it('should keep the UID and carry the raised SEQUENCE of a moved session', () => {
    const first = parse(sessionInvitationIcs(session(), CONTEXT).ics).event;
    const moved = parse(
      sessionInvitationIcs(session({ sequence: 3, startsAt: new Date('2026-12-15T13:30:00Z'), endsAt: new Date('2026-12-15T14:30:00Z') }), CONTEXT).ics,
    ).event;

    expect(moved.getFirstPropertyValue('uid')).toBe(first.getFirstPropertyValue('uid'));
    expect(moved.getFirstPropertyValue('sequence')).toBe(3);
    expect(instant(moved, 'dtstart').iso).toBe('2026-12-15T13:30:00.000Z');
  });

  it('should cancel with METHOD:CANCEL, STATUS:CANCELLED, the same UID and every attendee, asking no answer', () => {
    const { method, ics } = sessionInvitationIcs(session({ status: SessionStatus.CANCELLED, sequence: 2 }), CONTEXT);
    const { calendar, event } = parse(ics);

    expect(method).toBe('CANCEL');
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getFirstPropertyValue('uid')).toBe('4f6c1a52-93a4-4d6b-9a59-3b7f2e7a0d11@panelwise');
    expect(event.getFirstPropertyValue('sequence')).toBe(2);
    expect(attendees(event)).toHaveLength(4);
    expect(attendees(event).every((attendee) => attendee.rsvp === 'FALSE')).toBe(true);
  });

  it('should fold long lines at 75 octets with CRLF, without splitting a character', () => {
    const longName = 'Zoë Łukasiewicz-Øvergård '.repeat(8).trim();
    const { ics } = sessionInvitationIcs(session({ kitName: 'Дизайн систем — '.repeat(10) }), CONTEXT);
    const lines = ics.split('\r\n');

    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(ics).not.toMatch(/\uFFFD/);
    expect(parse(sessionInvitationIcs(session({ candidate: { ...session().candidate, name: longName } }), CONTEXT).ics).event.getFirstPropertyValue('summary')).toContain(
      longName,
    );
  });
});

describe(sessionFeedIcs.name, () => {
  it('should publish one event per session with UTC instants', () => {
    const ics = sessionFeedIcs('Panelwise — Ana', [session(), session({ id: 'second', startsAt: new Date('2026-07-01T12:00:00Z'), endsAt: new Date('2026-07-01T13:00:00Z') })], CONTEXT);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent');

    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(events.map((event) => instant(event, 'dtstart').iso)).toEqual(['2026-12-14T09:00:00.000Z', '2026-07-01T12:00:00.000Z']);
  });
});

describe(meetingLinkOf.name, () => {
  it.each([
    ['https://meet.example/abc', 'https://meet.example/abc'],
    ['Zoom: https://zoom.example/j/123?pwd=x (passcode 4)', 'https://zoom.example/j/123?pwd=x'],
    ['Room 4.01', null],
    ['', null],
  ])('should read %s as %s', (location, link) => {
    expect(meetingLinkOf(location)).toBe(link);
  });
});

describe(organizerFromMailFrom.name, () => {
  it.each([
    ['Panelwise <panelwise@localhost>', { name: 'Panelwise', email: 'panelwise@localhost' }],
    ['"Acme Hiring" <hiring@acme.test>', { name: 'Acme Hiring', email: 'hiring@acme.test' }],
    ['hiring@acme.test', { name: 'Panelwise', email: 'hiring@acme.test' }],
  ])('should read %s', (from, organizer) => {
    expect(organizerFromMailFrom(from)).toEqual(organizer);
  });
});
