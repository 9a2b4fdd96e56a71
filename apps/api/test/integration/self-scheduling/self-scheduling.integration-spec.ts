import { createHash } from 'node:crypto';

import ICAL from 'ical.js';

import { TeamRole } from '@api/core/auth/team-role';
import { CandidateEntity } from '@api/modules/candidate/candidate.entity';
import { KitEntity } from '@api/modules/kit/kit.entity';
import { seedDefaultRubrics } from '@api/modules/rubric/default-rubrics';
import { RubricEntity } from '@api/modules/rubric/rubric.entity';
import { CandidateReminderService } from '@api/modules/self-scheduling/candidate-reminder.service';
import {
  addMember,
  createTeam,
  type SeededMember,
  type SeededTeam,
  setAvailability,
  TEST_PASSWORD,
} from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import {
  type CapturedMail,
  linkIn,
  SmtpCapture,
} from '@api-test/support/smtp-capture';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const REQUEST_FIELDS = `id status sendCount link sessionId sessionStartsAt openedAt panel { user { id } role } pool { id } poolCount`;
const CREATE = `mutation C($input: CreateSchedulingRequestInput!) { createSchedulingRequest(input: $input) { ${REQUEST_FIELDS} } }`;
const LIST = `query L($candidateId: ID!) { schedulingRequests(candidateId: $candidateId) { ${REQUEST_FIELDS} } }`;
const RESEND = `mutation R($input: SchedulingRequestIdInput!) { resendSchedulingRequest(input: $input) { ${REQUEST_FIELDS} } }`;
const REVOKE = `mutation R($input: SchedulingRequestIdInput!) { revokeSchedulingRequest(input: $input) { ${REQUEST_FIELDS} } }`;
const PAGE_FIELDS = `teamName title durationMinutes candidateName timeZone status expiresAt policy slots { start end }
  booking { startsAt endsAt location canReschedule canCancel changeBlockedReason }`;
const PAGE = `query P($token: String!) { bookingPage(token: $token) { ${PAGE_FIELDS} } }`;
const BOOK = `mutation B($input: BookSlotInput!) { bookSlot(input: $input) { ${PAGE_FIELDS} } }`;
const MOVE = `mutation M($input: BookSlotInput!) { rescheduleBooking(input: $input) { ${PAGE_FIELDS} } }`;
const CANCEL = `mutation X($input: CancelBookingInput!) { cancelBooking(input: $input) { ${PAGE_FIELDS} } }`;
const SESSION = `query S($id: ID!) { session(id: $id) { id startsAt status sequence panel { user { id } role } history { kind actorName reason } } }`;
const CONFLICTS = `query B($input: BookingConflictsInput!) { bookingConflicts(input: $input) { rule } }`;
const COORD_RESCHEDULE = `mutation R($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id startsAt } }`;

const DAY = 86_400_000;
const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);
const sha256 = (text: string) =>
  createHash('sha256').update(text).digest('hex');

function calendarOf(message: CapturedMail): {
  method: string;
  uid: string;
  sequence: number;
  start: string;
  attendees: string[];
} {
  const part = message.attachments.find(
    (attachment) => attachment.contentType === 'text/calendar',
  );
  if (!part) {
    throw new Error(`No calendar part in "${message.subject}"`);
  }
  const calendar = new ICAL.Component(
    ICAL.parse(part.content.toString('utf8')),
  );
  const event = calendar.getFirstSubcomponent('vevent') as ICAL.Component;

  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time)
      .toJSDate()
      .toISOString(),
    attendees: event
      .getAllProperties('attendee')
      .map((property) => String(property.getFirstValue())),
  };
}

describe('candidate self-scheduling', () => {
  let smtp: SmtpCapture;
  let testApp: TestApp;
  let team: SeededTeam;
  let other: SeededTeam;
  let ada: SeededMember;
  let pool: SeededMember[];
  let coordinator: GraphQLClient;
  let kitId: string;
  let serial = 0;

  const anonymous = () => testApp.client();
  const newCandidate = async (
    email: string | null = `cand${(serial += 1)}@example.test`,
  ) =>
    (
      await testApp.dataSource
        .getRepository(CandidateEntity)
        .save({
          teamId: team.teamId,
          name: `Candidate ${serial}`,
          email,
          targetRole: 'Engineer',
          notes: '',
          version: 1,
        })
    ).id;
  const requestInput = (
    candidateId: string,
    overrides: Record<string, unknown> = {},
  ) => ({
    candidateId,
    kitId,
    durationMinutes: 60,
    panel: [{ userId: ada.userId, role: 'LEAD' }],
    windowStart: new Date(Date.now() + 2 * DAY).toISOString(),
    windowEnd: new Date(Date.now() + 9 * DAY).toISOString(),
    location: 'https://meet.example.test/loop',
    candidateTimeZone: 'Asia/Tokyo',
    ...overrides,
  });
  /** Creates a request and returns it with the token of its emailed link. */
  const sendLink = async (
    candidateId: string,
    overrides: Record<string, unknown> = {},
  ) => {
    const { createSchedulingRequest } = await coordinator.data(CREATE, {
      input: requestInput(candidateId, overrides),
    });

    return {
      request: createSchedulingRequest,
      token: tokenOf(createSchedulingRequest.link as string),
    };
  };
  const teamState = async () =>
    testApp.dataSource.query(
      `SELECT (SELECT count(*)::int FROM interview_session WHERE team_id = $1) AS sessions,
              (SELECT count(*)::int FROM scheduling_request WHERE team_id = $1 AND session_id IS NOT NULL) AS booked`,
      [team.teamId],
    );

  beforeAll(async () => {
    smtp = await SmtpCapture.start();
    testApp = await startTestApp({
      JOBS_ENABLED: true,
      JOBS_POLL_SECONDS: 0.5,
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'http://panelwise.test',
    });
    team = await createTeam(testApp.dataSource, 'selfbook');
    other = await createTeam(testApp.dataSource, 'elsewhere');
    ada = await addMember(
      testApp.dataSource,
      team.teamId,
      'ada@example.test',
      TeamRole.INTERVIEWER,
    );
    pool = [];
    for (const name of ['p1', 'p2', 'p3']) {
      const member = await addMember(
        testApp.dataSource,
        team.teamId,
        `${name}@example.test`,
        TeamRole.INTERVIEWER,
      );
      await setAvailability(testApp.dataSource, member.userId);
      pool.push(member);
    }
    // Ada works Mon–Fri 09:00–17:00 in Los Angeles, with a buffer: only those hours may be offered.
    await setAvailability(testApp.dataSource, ada.userId, {
      timeZone: 'America/Los_Angeles',
      weeklyWindows: [1, 2, 3, 4, 5].map((weekday) => ({
        weekday: weekday as 1,
        start: '09:00',
        end: '17:00',
      })),
      bufferMinutes: 15,
    });
    await testApp.dataSource.transaction((manager) =>
      seedDefaultRubrics(manager, team.teamId),
    );
    const rubric = await testApp.dataSource
      .getRepository(RubricEntity)
      .findOneByOrFail({ teamId: team.teamId, defaultForKind: 'technical' });
    kitId = (
      await testApp.dataSource
        .getRepository(KitEntity)
        .save({
          teamId: team.teamId,
          name: 'Backend loop',
          targetRole: 'Engineer',
          rubricId: rubric.id,
          instructions: '',
          version: 1,
          archivedAt: null,
        })
    ).id;
    coordinator = await testApp
      .client()
      .signIn(team.coordinator.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await testApp.close();
    await smtp.stop();
  });

  it('should email the candidate a link whose secret is long, random and stored only as a hash', async () => {
    const candidateId = await newCandidate('casey@example.test');
    const { request, token } = await sendLink(candidateId);

    expect(request.status).toBe('SENT');
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const mail = await smtp.waitForSubject(
      'casey@example.test',
      'selfbook team: pick a time',
    );
    expect(tokenOf(linkIn(mail, '/book/'))).toBe(token);
    const stored: { token_hash: string }[] = await testApp.dataSource.query(
      `SELECT token_hash FROM scheduling_link WHERE request_id = $1`,
      [request.id],
    );
    expect(stored.map((row) => row.token_hash)).toEqual([sha256(token)]);
    const dump = JSON.stringify(
      await testApp.dataSource.query(
        `SELECT * FROM scheduling_request WHERE id = $1`,
        [request.id],
      ),
    );
    expect(dump).not.toContain(token);
  });

  it('should show the team, the interview and only bookable times, revealing nobody of the team', async () => {
    const candidateId = await newCandidate();
    const { request, token } = await sendLink(candidateId);
    const { bookingPage } = await anonymous().data(PAGE, { token });

    expect(bookingPage).toMatchObject({
      teamName: 'selfbook team',
      title: 'Backend loop',
      durationMinutes: 60,
      status: 'OPEN',
      timeZone: 'Asia/Tokyo',
    });
    expect(bookingPage.slots.length).toBeGreaterThan(5);
    expect(JSON.stringify(bookingPage)).not.toMatch(/@example\.test|ada/i);
    for (const slot of bookingPage.slots.slice(0, 12)) {
      const { bookingConflicts } = await coordinator.data(CONFLICTS, {
        input: {
          userIds: [ada.userId],
          startsAt: slot.start,
          durationMinutes: 60,
        },
      });
      expect(bookingConflicts).toEqual([]);
    }
    const minuteOfDay = (iso: string) => {
      const [hour, minute] = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'America/Los_Angeles',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .format(new Date(iso))
        .split(':');

      return Number(hour) * 60 + Number(minute);
    };
    expect(
      Math.min(
        ...bookingPage.slots.map((slot: { start: string }) =>
          minuteOfDay(slot.start),
        ),
      ),
    ).toBeGreaterThanOrEqual(9 * 60);
    expect(
      Math.max(
        ...bookingPage.slots.map((slot: { end: string }) =>
          minuteOfDay(slot.end),
        ),
      ),
    ).toBeLessThanOrEqual(17 * 60);
    const [listed] = (await coordinator.data(LIST, { candidateId }))
      .schedulingRequests;
    expect(listed).toMatchObject({
      id: request.id,
      status: 'OPENED',
      link: null,
    });
  });

  it('should book the time picked, mail the candidate an invitation naming no interviewer, and refuse a second booking', async () => {
    const candidateId = await newCandidate('booker@example.test');
    const { request, token } = await sendLink(candidateId);
    const { bookingPage } = await anonymous().data(PAGE, { token });
    const picked = bookingPage.slots[3].start as string;
    const { bookSlot } = await anonymous().data(BOOK, {
      input: { token, startsAt: picked, timeZone: 'Europe/Lisbon' },
    });

    expect(bookSlot.status).toBe('BOOKED');
    expect(bookSlot.booking).toMatchObject({
      startsAt: picked,
      location: 'https://meet.example.test/loop',
      canReschedule: true,
      canCancel: true,
    });
    const [listed] = (await coordinator.data(LIST, { candidateId }))
      .schedulingRequests;
    expect(listed).toMatchObject({
      id: request.id,
      status: 'BOOKED',
      sessionStartsAt: picked,
    });
    const { session } = await coordinator.data(SESSION, {
      id: listed.sessionId,
    });
    expect(session.panel).toEqual([{ user: { id: ada.userId }, role: 'LEAD' }]);
    expect(session.history[0]).toMatchObject({
      kind: 'SCHEDULED',
      actorName: 'The candidate (scheduling link)',
    });

    const confirmation = await smtp.waitForSubject(
      'booker@example.test',
      'Your interview is booked',
    );
    expect(confirmation.text).toContain('(Europe/Lisbon)');
    expect(confirmation.text).toContain('https://meet.example.test/loop');
    const calendar = calendarOf(confirmation);
    expect(calendar).toMatchObject({
      method: 'REQUEST',
      uid: `${listed.sessionId}@panelwise`,
      sequence: 0,
      start: picked,
    });
    expect(
      calendar.attendees.map((attendee) => attendee.toLowerCase()),
    ).toEqual(['mailto:booker@example.test']);
    const panelInvite = await smtp.waitForSubject(
      'ada@example.test',
      'Interview scheduled',
    );
    expect(calendarOf(panelInvite).uid).toBe(calendar.uid);
    // The confirmation's own link manages the booking too.
    const fromEmail = await anonymous().data(PAGE, {
      token: tokenOf(linkIn(confirmation, '/book/')),
    });
    expect(fromEmail.bookingPage.booking.startsAt).toBe(picked);

    const again = await anonymous().request(BOOK, {
      input: {
        token,
        startsAt: bookingPage.slots[5].start,
        timeZone: 'Europe/Lisbon',
      },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_BOOKED',
    });
  });

  it('should give one of twenty candidates racing for one slot the booking, and the others a clear error and a fresh list', async () => {
    const links = [];
    for (let index = 0; index < 20; index += 1) {
      links.push((await sendLink(await newCandidate())).token);
    }
    const before = (await teamState())[0];
    const { bookingPage } = await anonymous().data(PAGE, { token: links[0] });
    const contested = bookingPage.slots.at(-1).start as string;
    const results = await Promise.all(
      links.map((token) =>
        anonymous().request(BOOK, {
          input: { token, startsAt: contested, timeZone: 'UTC' },
        }),
      ),
    );

    const won = results.filter((result) => !result.errors);
    expect(won).toHaveLength(1);
    expect(
      results.filter(
        (result) => result.errors?.[0]?.extensions?.['reason'] === 'SLOT_TAKEN',
      ),
    ).toHaveLength(19);
    expect((await teamState())[0]).toEqual({
      sessions: before.sessions + 1,
      booked: before.booked + 1,
    });
    const loser = links[results.findIndex((result) => result.errors)];
    const fresh = (await anonymous().data(PAGE, { token: loser })).bookingPage;
    expect(fresh.status).toBe('OPEN');
    expect(
      fresh.slots.map((slot: { start: string }) => slot.start),
    ).not.toContain(contested);
  });

  it('should pick k of a pool per booking, fairest first, with a lead', async () => {
    const candidateId = await newCandidate();
    const { request, token } = await sendLink(candidateId, {
      panel: [],
      poolIds: pool.map((member) => member.userId),
      poolCount: 2,
    });
    expect(request.pool).toHaveLength(3);
    const { bookingPage } = await anonymous().data(PAGE, { token });
    await anonymous().data(BOOK, {
      input: { token, startsAt: bookingPage.slots[0].start, timeZone: 'UTC' },
    });
    const [listed] = (await coordinator.data(LIST, { candidateId }))
      .schedulingRequests;
    const { session } = await coordinator.data(SESSION, {
      id: listed.sessionId,
    });

    expect(session.panel).toHaveLength(2);
    expect(session.panel.map((p: { role: string }) => p.role).sort()).toEqual([
      'CO_INTERVIEWER',
      'LEAD',
    ]);
    expect(pool.map((member) => member.userId)).toEqual(
      expect.arrayContaining(
        session.panel.map((p: { user: { id: string } }) => p.user.id),
      ),
    );
  });

  it('should let the candidate move and then cancel within the policy, recorded as theirs, with the old links showing the new time', async () => {
    const candidateId = await newCandidate('mover@example.test');
    const { token } = await sendLink(candidateId);
    const first = (await anonymous().data(PAGE, { token })).bookingPage;
    await anonymous().data(BOOK, {
      input: { token, startsAt: first.slots[0].start, timeZone: 'Asia/Tokyo' },
    });
    const booked = (await anonymous().data(PAGE, { token })).bookingPage;
    expect(booked.slots.length).toBeGreaterThan(0);
    const target = booked.slots.at(-1).start as string;
    const { rescheduleBooking } = await anonymous().data(MOVE, {
      input: { token, startsAt: target, timeZone: 'Asia/Tokyo' },
    });

    expect(rescheduleBooking.booking.startsAt).toBe(target);
    const emailed = await smtp.waitForSubject(
      'mover@example.test',
      'selfbook team: pick a time',
    );
    expect(
      (
        await anonymous().data(PAGE, {
          token: tokenOf(linkIn(emailed, '/book/')),
        })
      ).bookingPage.booking.startsAt,
    ).toBe(target);
    const moved = await smtp.waitForSubject(
      'mover@example.test',
      'Your interview has moved',
    );
    expect(calendarOf(moved)).toMatchObject({ sequence: 1, start: target });
    const [listed] = (await coordinator.data(LIST, { candidateId }))
      .schedulingRequests;
    const { session } = await coordinator.data(SESSION, {
      id: listed.sessionId,
    });
    expect(session.history.at(-1)).toMatchObject({
      kind: 'RESCHEDULED',
      actorName: 'The candidate (scheduling link)',
    });

    const { cancelBooking } = await anonymous().data(CANCEL, {
      input: { token, reason: 'Took another offer' },
    });
    expect(cancelBooking.status).toBe('CANCELLED');
    const cancelled = await smtp.waitForSubject(
      'mover@example.test',
      'Your interview is cancelled',
    );
    expect(calendarOf(cancelled).method).toBe('CANCEL');
    const after = await coordinator.data(SESSION, { id: listed.sessionId });
    expect(after.session.status).toBe('CANCELLED');
    expect(after.session.history.at(-1)).toMatchObject({
      kind: 'CANCELLED',
      reason: 'Took another offer',
      actorName: 'The candidate (scheduling link)',
    });
  });

  it('should refuse a move once the team’s reschedule limit is reached, and mail the candidate when the team moves it', async () => {
    await testApp.dataSource.query(
      `UPDATE team SET max_reschedules = 1 WHERE id = $1`,
      [team.teamId],
    );
    try {
      const candidateId = await newCandidate('limited@example.test');
      const { token } = await sendLink(candidateId);
      const page = (await anonymous().data(PAGE, { token })).bookingPage;
      await anonymous().data(BOOK, {
        input: { token, startsAt: page.slots[0].start, timeZone: 'UTC' },
      });
      const [listed] = (await coordinator.data(LIST, { candidateId }))
        .schedulingRequests;
      const target = page.slots.at(-2).start as string;
      await coordinator.data(COORD_RESCHEDULE, {
        input: {
          sessionId: listed.sessionId,
          startsAt: target,
          reason: 'Panel moved',
          expectedVersion: 1,
        },
      });
      const notice = await smtp.waitForSubject(
        'limited@example.test',
        'Your interview has moved',
      );
      expect(notice.text).toContain('It was on');

      const blocked = (await anonymous().data(PAGE, { token })).bookingPage;
      expect(blocked.booking).toMatchObject({
        startsAt: target,
        canReschedule: false,
        canCancel: true,
      });
      expect(blocked.booking.changeBlockedReason).toMatch(/moved 1 time/);
      const refused = await anonymous().request(MOVE, {
        input: { token, startsAt: page.slots[1].start, timeZone: 'UTC' },
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'RESCHEDULE_POLICY',
      });
    } finally {
      await testApp.dataSource.query(
        `UPDATE team SET max_reschedules = 2 WHERE id = $1`,
        [team.teamId],
      );
    }
  });

  it.each([
    [
      'tampered',
      (token: string) =>
        Promise.resolve({
          token: `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`,
          expected: { code: 'NOT_FOUND', field: 'token' },
        }),
    ],
    [
      'expired',
      async (token: string) => {
        await testApp.dataSource.query(
          `UPDATE scheduling_request SET expires_at = now() - interval '1 minute' WHERE id = (SELECT request_id FROM scheduling_link WHERE token_hash = $1)`,
          [sha256(token)],
        );

        return {
          token,
          expected: { code: 'BAD_USER_INPUT', reason: 'EXPIRED' },
        };
      },
    ],
    [
      'revoked',
      async (token: string) => {
        const [{ request_id }] = await testApp.dataSource.query(
          `SELECT request_id FROM scheduling_link WHERE token_hash = $1`,
          [sha256(token)],
        );
        expect(
          (await coordinator.data(REVOKE, { input: { requestId: request_id } }))
            .revokeSchedulingRequest.status,
        ).toBe('REVOKED');

        return {
          token,
          expected: { code: 'BAD_USER_INPUT', reason: 'REVOKED' },
        };
      },
    ],
  ])(
    'should refuse a %s link clearly and change nothing',
    async (_case, spoil) => {
      const { token: good } = await sendLink(await newCandidate());
      const slot = (await anonymous().data(PAGE, { token: good })).bookingPage
        .slots[0].start as string;
      const { token, expected } = await spoil(good);
      const before = await teamState();

      for (const operation of [
        anonymous().request(PAGE, { token }),
        anonymous().request(BOOK, {
          input: { token, startsAt: slot, timeZone: 'UTC' },
        }),
        anonymous().request(CANCEL, { input: { token, reason: '' } }),
      ]) {
        expect((await operation).errors?.[0]?.extensions).toMatchObject(
          expected,
        );
      }
      expect(await teamState()).toEqual(before);
    },
  );

  it('should keep other teams out of a team’s requests, and coordinators only', async () => {
    const candidateId = await newCandidate();
    const { request } = await sendLink(candidateId);
    const outsider = await testApp
      .client()
      .signIn(other.coordinator.email, TEST_PASSWORD);
    const interviewer = await testApp
      .client()
      .signIn(team.interviewer.email, TEST_PASSWORD);

    await expect(
      outsider.errorCode(REVOKE, { input: { requestId: request.id } }),
    ).resolves.toBe('NOT_FOUND');
    await expect(
      outsider.errorCode(RESEND, { input: { requestId: request.id } }),
    ).resolves.toBe('NOT_FOUND');
    await expect(outsider.errorCode(LIST, { candidateId })).resolves.toBe(
      'NOT_FOUND',
    );
    await expect(
      outsider.errorCode(CREATE, {
        input: requestInput(candidateId, {
          panel: [{ userId: other.interviewer.userId, role: 'LEAD' }],
        }),
      }),
    ).resolves.toBe('NOT_FOUND');
    const ownCandidate = (
      await testApp.dataSource
        .getRepository(CandidateEntity)
        .save({
          teamId: other.teamId,
          name: 'Theirs',
          email: 'theirs@example.test',
          targetRole: null,
          notes: '',
          version: 1,
        })
    ).id;
    const foreignPanel = await outsider.request(CREATE, {
      input: { ...requestInput(ownCandidate), kitId },
    });
    expect(foreignPanel.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'kitId',
    });
    await expect(interviewer.errorCode(LIST, { candidateId })).resolves.toBe(
      'FORBIDDEN',
    );
    const state = (await coordinator.data(LIST, { candidateId }))
      .schedulingRequests[0];
    expect(state.status).toBe('SENT');
  });

  it.each([
    [
      'a range shorter than the interview',
      { windowEnd: new Date(Date.now() + 2 * DAY + 30 * 60_000).toISOString() },
      'windowEnd',
    ],
    [
      'a range over 60 days',
      { windowEnd: new Date(Date.now() + 70 * DAY).toISOString() },
      'windowEnd',
    ],
    [
      'an expiry after the range',
      { expiresAt: new Date(Date.now() + 20 * DAY).toISOString() },
      'expiresAt',
    ],
    [
      'an unknown zone',
      { candidateTimeZone: 'Mars/Base' },
      'candidateTimeZone',
    ],
    [
      'a pool smaller than its count',
      { poolIds: [], poolCount: 2 },
      'poolCount',
    ],
    [
      'two leads',
      {
        panel: [
          { userId: '00000000-0000-4000-8000-000000000001', role: 'LEAD' },
          { userId: '00000000-0000-4000-8000-000000000002', role: 'LEAD' },
        ],
      },
      'panel',
    ],
    [
      'a notice under the team’s',
      { minimumNoticeMinutes: 5 },
      'minimumNoticeMinutes',
    ],
  ])('should refuse %s naming the field', async (_case, overrides, field) => {
    const result = await coordinator.request(CREATE, {
      input: requestInput(await newCandidate(), overrides),
    });

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
  });

  it('should refuse a candidate without an email, and a booking in an unknown zone or off the offered grid', async () => {
    const noEmail = await coordinator.request(CREATE, {
      input: requestInput(await newCandidate(null)),
    });
    expect(noEmail.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'candidateId',
    });

    const { token } = await sendLink(await newCandidate());
    const slot = (await anonymous().data(PAGE, { token })).bookingPage.slots[0]
      .start as string;
    const zone = await anonymous().request(BOOK, {
      input: { token, startsAt: slot, timeZone: 'Nowhere/Land' },
    });
    expect(zone.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'timeZone',
    });
    const offGrid = await anonymous().request(BOOK, {
      input: {
        token,
        startsAt: new Date(Date.parse(slot) + 7 * 60_000).toISOString(),
        timeZone: 'UTC',
      },
    });
    expect(offGrid.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'SLOT_TAKEN',
    });
  });

  it('should remind the candidate once a day before, even when the reminder job runs twice', async () => {
    const candidateId = await newCandidate('soon@example.test');
    const { token } = await sendLink(candidateId);
    const slot = (await anonymous().data(PAGE, { token })).bookingPage.slots[0];
    await anonymous().data(BOOK, {
      input: { token, startsAt: slot.start, timeZone: 'UTC' },
    });
    const [listed] = (await coordinator.data(LIST, { candidateId }))
      .schedulingRequests;
    // As if booked last week for a session that now starts in five hours.
    await testApp.dataSource.query(
      `UPDATE interview_session SET starts_at = now() + interval '5 hours', ends_at = now() + interval '6 hours' WHERE id = $1`,
      [listed.sessionId],
    );
    await testApp.dataSource.query(
      `UPDATE scheduling_request SET booked_at = now() - interval '7 days' WHERE id = $1`,
      [listed.id],
    );
    const reminders = testApp.app.get(CandidateReminderService);

    const counts = await Promise.all([
      reminders.sendDue(),
      reminders.sendDue(),
    ]);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await reminders.sendDue()).toBe(0);
    const reminder = await smtp.waitForSubject(
      'soon@example.test',
      'Your interview is tomorrow',
    );
    expect(reminder.text).toContain('https://meet.example.test/loop');
    expect(linkIn(reminder, '/book/')).toMatch(
      /^http:\/\/panelwise\.test\/book\//,
    );
  });
});
