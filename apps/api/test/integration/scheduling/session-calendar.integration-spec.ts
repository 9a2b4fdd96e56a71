import ICAL from 'ical.js';

import { createTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import { createPanelFixture, type PanelFixture } from '@api-test/support/interview-fixture';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const SCHEDULE = `mutation S($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`;
const CANCEL = `mutation C($input: CancelSessionInput!) { cancelSession(input: $input) { id status } }`;

describe('session .ics served to calendars', () => {
  let testApp: TestApp;
  let panel: PanelFixture;
  let sessionId: string;
  // 09:00 UTC is 10:00 in Paris in December: a TZID read as local wall time would be an hour off.
  const startsAt = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 11, 14, 9, 0, 0));

  const fetchIcs = async (cookie: string | undefined, id = sessionId) =>
    fetch(`${testApp.baseUrl}/sessions/${id}.ics`, { headers: { cookie: cookie ?? '' } });

  beforeAll(async () => {
    testApp = await startTestApp();
    panel = await createPanelFixture(testApp, 'ics');
    const { scheduleSession } = await panel.coordinator.data(SCHEDULE, {
      input: {
        candidateId: panel.candidateId,
        kitId: panel.kitId,
        startsAt: startsAt.toISOString(),
        durationMinutes: 45,
        timeZone: 'Europe/Paris',
        location: 'Video call: https://meet.example/abc-defg-hij',
        overrideAvailability: true,
        overrideReason: 'Calendar test',
        panel: [
          { userId: panel.members.lead.userId, role: 'LEAD' },
          { userId: panel.members.co.userId, role: 'CO_INTERVIEWER' },
        ],
      },
    });
    sessionId = scheduleSession.id;
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should serve a REQUEST that a strict parser reads at the booked instant, with organizer, meeting link and location', async () => {
    const response = await fetchIcs(panel.lead.cookieHeader);
    const ics = await response.text();
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const event = calendar.getFirstSubcomponent('vevent');
    const start = event?.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = event?.getFirstPropertyValue('dtend') as ICAL.Time;

    expect(response.headers.get('content-type')).toContain('text/calendar');
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(start.zone).toBe(ICAL.Timezone.utcTimezone);
    expect(start.toJSDate().toISOString()).toBe(startsAt.toISOString());
    expect(end.toJSDate().getTime() - startsAt.getTime()).toBe(45 * 60_000);
    expect(ics).not.toContain('TZID');
    expect(String(event?.getFirstPropertyValue('organizer'))).toMatch(/^mailto:/i);
    expect(event?.getFirstPropertyValue('url')).toBe('https://meet.example/abc-defg-hij');
    expect(event?.getFirstPropertyValue('location')).toBe('Video call: https://meet.example/abc-defg-hij');
    expect(event?.getFirstPropertyValue('uid')).toBe(`${sessionId}@panelwise`);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('should turn into a CANCEL of the same UID with a higher SEQUENCE once cancelled', async () => {
    const before = new ICAL.Component(ICAL.parse(await (await fetchIcs(panel.coordinator.cookieHeader)).text())).getFirstSubcomponent('vevent');
    await panel.coordinator.data(CANCEL, { input: { sessionId, reason: 'Candidate withdrew' } });
    const calendar = new ICAL.Component(ICAL.parse(await (await fetchIcs(panel.coordinator.cookieHeader)).text()));
    const event = calendar.getFirstSubcomponent('vevent');

    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event?.getFirstPropertyValue('uid')).toBe(before?.getFirstPropertyValue('uid'));
    expect(Number(event?.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(before?.getFirstPropertyValue('sequence')));
  });

  it("should answer 404 for another team's session", async () => {
    const other = await createTeam(testApp.dataSource, 'ics-other');
    const stranger = await testApp.client().signIn(other.coordinator.email, TEST_PASSWORD);
    const response = await fetchIcs(stranger.cookieHeader);

    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('BEGIN:VCALENDAR');
  });
});
