import ICAL from 'ical.js';

import { TeamRole } from '@api/core/auth/team-role';

import { addMember, createTeam, type SeededMember, type SeededTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import { sampleGuide } from '@api-test/support/guides';
import { type CapturedMail, linkIn, SmtpCapture } from '@api-test/support/smtp-capture';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const INVITE = `mutation I($input: InviteMemberInput!) { inviteMember(input: $input) { url invite { id } } }`;
const ACCEPT = `mutation A($input: AcceptInviteInput!) { acceptInvite(input: $input) { user { email } currentTeam { id } } }`;
const REQUEST_RESET = `mutation R($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation R($input: ResetPasswordInput!) { resetPassword(input: $input) { user { email } } }`;
const SIGN_IN = `mutation S($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const OUTBOX = `query O($status: OutgoingMessageStatus) { outgoingMessages(first: 100, status: $status) { edges { node { id kind recipientEmail status attempts lastStage lastError subject } } } }`;
const NEW_PASSWORD = 'a-fresh-passphrase-42';

// Two replicas need a real server: the embedded database is one session shared by every connection.
const itOnServer = process.env['TEST_DATABASE_URL'] ? it : it.skip;

type OutboxRow = { id: string; kind: string; recipientEmail: string; status: string; attempts: number; lastStage: string | null; subject: string };

async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    value = await read();
  }

  return value;
}

function calendarOf(message: CapturedMail): { method: string; uid: string; sequence: number; start: string; organizer: string } {
  const part = message.attachments.find((attachment) => attachment.contentType === 'text/calendar');
  if (!part) {
    throw new Error(`No calendar part in "${message.subject}"`);
  }
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) {
    throw new Error('No VEVENT');
  }

  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    organizer: String(event.getFirstPropertyValue('organizer')),
  };
}

describe('email through the outbox and a real SMTP server', () => {
  let smtp: SmtpCapture;
  let testApp: TestApp;
  let team: SeededTeam;
  let forgetful: SeededMember;
  /** The kit and candidate the calendar test books, reused to book again. */
  let booking: { kitId: string; candidateId: string } | null = null;

  const env = () => ({
    JOBS_ENABLED: true,
    JOBS_POLL_SECONDS: 0.5,
    SMTP_URL: smtp.url,
    MAIL_RETRY_DELAY_SECONDS: 1,
    MAIL_RETRY_LIMIT: 8,
    PUBLIC_URL: 'http://panelwise.test',
  });

  beforeAll(async () => {
    smtp = await SmtpCapture.start();
    testApp = await startTestApp(env());
    team = await createTeam(testApp.dataSource, 'mailco');
    forgetful = await addMember(testApp.dataSource, team.teamId, 'forgetful@example.test', TeamRole.INTERVIEWER);
  });

  afterAll(async () => {
    await testApp.close();
    await smtp.stop();
  });

  const coordinator = () => testApp.client().signIn(team.coordinator.email, TEST_PASSWORD);
  const outbox = async (): Promise<OutboxRow[]> =>
    (await (await coordinator()).data(OUTBOX)).outgoingMessages.edges.map((edge: { node: OutboxRow }) => edge.node);

  it('should email an invite whose link, followed, creates the account and joins the team', async () => {
    const client = await coordinator();
    const { inviteMember } = await client.data(INVITE, { input: { email: 'New.Hire@Example.test', role: 'INTERVIEWER' } });

    const [mail] = await smtp.waitFor('new.hire@example.test');
    if (!mail) {
      throw new Error('no mail');
    }
    const link = linkIn(mail, '/invite/');

    expect(mail.subject).toContain('mailco team');
    expect(mail.html).toContain(link);
    expect(mail.from?.text).toContain('panelwise@localhost');
    expect(link).toBe(inviteMember.url);
    expect(link.startsWith('http://panelwise.test/invite/')).toBe(true);
    const token = link.split('/invite/')[1];
    const accepted = await testApp.client().data(ACCEPT, { input: { token, name: 'New Hire', password: NEW_PASSWORD, timeZone: 'UTC' } });
    expect(accepted.acceptInvite.currentTeam.id).toBe(team.teamId);
    const sent = await eventually(outbox, (rows) => rows.some((row) => row.kind === 'INVITE' && row.status === 'SENT'));
    expect(sent.find((row) => row.kind === 'INVITE')).toMatchObject({ recipientEmail: 'new.hire@example.test', status: 'SENT', attempts: 1 });
  });

  it('should reset a password through the emailed link, refuse the old password and the link a second time, and say nothing of unknown addresses', async () => {
    const anonymous = testApp.client();
    await expect(anonymous.data(REQUEST_RESET, { input: { email: 'nobody@example.test' } })).resolves.toEqual({ requestPasswordReset: true });
    await expect(anonymous.data(REQUEST_RESET, { input: { email: forgetful.email.toUpperCase() } })).resolves.toEqual({
      requestPasswordReset: true,
    });

    const [mail] = await smtp.waitFor(forgetful.email);
    if (!mail) {
      throw new Error('no mail');
    }
    const token = linkIn(mail, '/reset-password/').split('/reset-password/')[1];
    await anonymous.data(RESET, { input: { token, newPassword: NEW_PASSWORD } });

    expect(smtp.to('nobody@example.test')).toEqual([]);
    expect(await testApp.client().errorCode(SIGN_IN, { input: { email: forgetful.email, password: TEST_PASSWORD } })).toBe('UNAUTHENTICATED');
    await testApp.client().signIn(forgetful.email, NEW_PASSWORD);
    const again = await testApp.client().request(RESET, { input: { token, newPassword: 'yet-another-passphrase-7' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token', reason: 'USED' });
    // The stored copy of a delivered credential loses its link.
    const [stored]: { text_body: string }[] = await testApp.dataSource.query(
      `SELECT text_body FROM outgoing_message WHERE kind = 'PASSWORD_RESET' AND status = 'SENT'`,
    );
    expect(stored?.text_body).not.toContain(token);
  });

  it('should send each panelist a calendar invitation, then an update with the same UID and a higher SEQUENCE, then a CANCEL, in their own zone', async () => {
    const client = await coordinator();
    const allWeek = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '00:00', end: '23:59' }));
    for (const email of [team.interviewer.email, team.coordinator.email]) {
      await (await testApp.client().signIn(email, TEST_PASSWORD)).data(
        `mutation A($input: SetAvailabilityInput!) { setAvailability(input: $input) { version } }`,
        { input: { timeZone: 'UTC', expectedVersion: 0, weeklyWindows: allWeek } },
      );
    }
    await testApp.dataSource.query(`UPDATE app_user SET time_zone = 'America/New_York' WHERE id = $1`, [team.interviewer.userId]);
    await client.data(`mutation I($input: ImportGuidesInput!) { importGuides(input: $input) { dryRun } }`, {
      input: { files: [sampleGuide('product-manager.md')], dryRun: false },
    });
    const { questions } = await client.data(`{ questions(first: 1) { edges { node { id } } } }`);
    const { createRubric } = await client.data(`mutation R($input: CreateRubricInput!) { createRubric(input: $input) { id } }`, {
      input: { name: 'PM rubric', competencies: [{ name: 'Judgement' }] },
    });
    const { createKit } = await client.data(`mutation K($input: CreateKitInput!) { createKit(input: $input) { id } }`, {
      input: { name: 'PM loop', targetRole: 'PM', rubricId: createRubric.id, items: [{ questionId: questions.edges[0].node.id, plannedMinutes: 20 }] },
    });
    const { createCandidate } = await client.data(`mutation C($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, {
      input: { name: 'Casey Mail', email: 'casey@example.test', notes: '' },
    });
    booking = { kitId: createKit.id, candidateId: createCandidate.id };
    const startsAt = new Date(Date.UTC(2031, 2, 12, 15, 0));
    const { scheduleSession } = await client.data(
      `mutation S($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id version } }`,
      {
        input: {
          candidateId: createCandidate.id,
          kitId: createKit.id,
          startsAt: startsAt.toISOString(),
          durationMinutes: 60,
          timeZone: 'UTC',
          location: 'https://meet.example.test/pm-loop',
          panel: [
            { userId: team.interviewer.userId, role: 'LEAD' },
            { userId: team.coordinator.userId, role: 'CO_INTERVIEWER' },
          ],
        },
      },
    );
    const scheduled = await smtp.waitForSubject(team.interviewer.email, 'Interview scheduled');
    const first = calendarOf(scheduled);
    expect(first).toMatchObject({ method: 'REQUEST', sequence: 0, start: startsAt.toISOString() });
    expect(first.organizer).toContain('panelwise@localhost');
    // 15:00 UTC in March 2031 is 11:00 in New York (daylight time).
    expect(scheduled.subject).toContain('11:00 (America/New_York)');
    expect(scheduled.text).toContain('https://meet.example.test/pm-loop');
    await smtp.waitForSubject(team.coordinator.email, 'Interview scheduled');

    const movedTo = new Date(startsAt.getTime() + 2 * 86_400_000);
    await client.data(`mutation R($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id } }`, {
      input: { sessionId: scheduleSession.id, startsAt: movedTo.toISOString(), expectedVersion: scheduleSession.version, reason: 'Panel moved' },
    });
    const moved = await smtp.waitForSubject(team.interviewer.email, 'Interview moved');
    const second = calendarOf(moved);
    expect(second).toMatchObject({ method: 'REQUEST', uid: first.uid, start: movedTo.toISOString() });
    expect(second.sequence).toBeGreaterThan(first.sequence);

    await client.data(`mutation C($input: CancelSessionInput!) { cancelSession(input: $input) { id } }`, {
      input: { sessionId: scheduleSession.id, reason: 'Candidate withdrew' },
    });
    const cancelled = await smtp.waitForSubject(team.interviewer.email, 'Interview cancelled');
    const third = calendarOf(cancelled);
    expect(third).toMatchObject({ method: 'CANCEL', uid: first.uid });
    expect(third.sequence).toBeGreaterThan(second.sequence);
    // One message per person per change: nothing twice.
    await smtp.waitForSubject(team.coordinator.email, 'Interview cancelled');
    expect(smtp.to(team.coordinator.email).filter((mail) => mail.subject?.startsWith('Interview'))).toHaveLength(3);
  });

  it('should retry while the SMTP server is down and deliver everything once it is back, with the failed stage visible meanwhile', async () => {
    await smtp.down();
    const client = await coordinator();
    const addresses = Array.from({ length: 5 }, (_, index) => `outage-${index}@example.test`);
    for (const email of addresses) {
      await client.data(INVITE, { input: { email, role: 'INTERVIEWER' } });
    }
    const failing = await eventually(outbox, (rows) =>
      addresses.every((email) => rows.some((row) => row.recipientEmail === email && row.attempts >= 1 && row.lastStage === 'CONN')),
    );
    expect(failing.filter((row) => addresses.includes(row.recipientEmail)).every((row) => row.status !== 'SENT')).toBe(true);

    await smtp.up();
    for (const email of addresses) {
      await smtp.waitFor(email, 1, 30_000);
    }
    const delivered = await eventually(outbox, (rows) =>
      addresses.every((email) => rows.some((row) => row.recipientEmail === email && row.status === 'SENT')),
    );
    expect(delivered.filter((row) => addresses.includes(row.recipientEmail)).map((row) => row.status)).toEqual(addresses.map(() => 'SENT'));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(addresses.map((email) => smtp.to(email).length)).toEqual(addresses.map(() => 1));
  });

  itOnServer('should deliver each message once with two API replicas working the same queue', async () => {
    const replica = await startTestApp(env(), { database: testApp.database });
    try {
      const client = await coordinator();
      const addresses = Array.from({ length: 12 }, (_, index) => `replica-${index}@example.test`);
      await Promise.all(addresses.map((email) => client.data(INVITE, { input: { email, role: 'INTERVIEWER' } })));
      for (const email of addresses) {
        await smtp.waitFor(email, 1, 30_000);
      }
      await new Promise((resolve) => setTimeout(resolve, 2000));

      expect(addresses.map((email) => smtp.to(email).length)).toEqual(addresses.map(() => 1));
    } finally {
      await replica.close();
    }
  });

  it('should send a test email to the coordinator, and let a failed message be retried', async () => {
    const client = await coordinator();
    const { sendTestEmail } = await client.data(`mutation { sendTestEmail { id status kind } }`);
    expect(sendTestEmail).toMatchObject({ kind: 'TEST', status: 'QUEUED' });
    const test = await smtp.waitForSubject(team.coordinator.email, 'Panelwise test email');
    expect(test.text).toContain('smtp://127.0.0.1');

    await testApp.dataSource.query(`UPDATE outgoing_message SET status = 'FAILED', last_stage = 'RCPT TO' WHERE id = $1`, [sendTestEmail.id]);
    const { retryOutgoingMessage } = await client.data(
      `mutation R($input: RetryOutgoingMessageInput!) { retryOutgoingMessage(input: $input) { id status } }`,
      { input: { messageId: sendTestEmail.id } },
    );
    expect(retryOutgoingMessage.status).toBe('QUEUED');
    await eventually(outbox, (rows) => rows.some((row) => row.id === sendTestEmail.id && row.status === 'SENT'));
    const second = await client.request(`mutation R($input: RetryOutgoingMessageInput!) { retryOutgoingMessage(input: $input) { id } }`, {
      input: { messageId: sendTestEmail.id },
    });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'messageId' });
  });

  it('should honour a member’s choice to receive no session emails', async () => {
    const interviewer = await testApp.client().signIn(team.interviewer.email, TEST_PASSWORD);
    const { updateEmailPreferences } = await interviewer.data(
      `mutation U($input: UpdateEmailPreferencesInput!) { updateEmailPreferences(input: $input) { emailPreferences { sessionUpdates scorecardUpdates } } }`,
      { input: { sessionUpdates: false, scorecardUpdates: true } },
    );
    expect(updateEmailPreferences.emailPreferences).toEqual({ sessionUpdates: false, scorecardUpdates: true });
    if (!booking) {
      throw new Error('the calendar test books first');
    }
    const { scheduleSession } = await (await coordinator()).data(
      `mutation S($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`,
      {
        input: {
          ...booking,
          startsAt: new Date(Date.UTC(2031, 4, 6, 9, 0)).toISOString(),
          durationMinutes: 45,
          timeZone: 'UTC',
          location: 'Room 4',
          panel: [
            { userId: team.interviewer.userId, role: 'LEAD' },
            { userId: team.coordinator.userId, role: 'CO_INTERVIEWER' },
          ],
        },
      },
    );
    const queued: { recipient_user_id: string }[] = await testApp.dataSource.query(
      `SELECT recipient_user_id FROM outgoing_message WHERE event_key = $1`,
      [`session:${scheduleSession.id}:0`],
    );

    expect(queued.map((row) => row.recipient_user_id)).toEqual([team.coordinator.userId]);
  });
});

describe('email without an SMTP server', () => {
  let testApp: TestApp;
  let team: SeededTeam;

  beforeAll(async () => {
    testApp = await startTestApp({ JOBS_ENABLED: true, JOBS_POLL_SECONDS: 0.5 });
    team = await createTeam(testApp.dataSource, 'heldco');
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should hold messages in the outbox, show them to coordinators with their links, and say the transport is outbox only', async () => {
    const client = await testApp.client().signIn(team.coordinator.email, TEST_PASSWORD);
    const { inviteMember } = await client.data(INVITE, { input: { email: 'held@example.test', role: 'INTERVIEWER' } });
    const read = async () =>
      (await client.data(`{ outgoingMessages(first: 10) { edges { node { status textBody lastError } } } }`)).outgoingMessages.edges[0]?.node;
    const held = await eventually(read, (node) => node?.status === 'HELD');

    expect(held).toMatchObject({ status: 'HELD', lastError: 'No SMTP server is configured' });
    expect(held.textBody).toContain(inviteMember.url);
    await expect(client.data(`{ mailStatus { isSmtpConfigured transport held } }`)).resolves.toEqual({
      mailStatus: { isSmtpConfigured: false, transport: 'outbox only (no SMTP configured)', held: 1 },
    });
  });
});
