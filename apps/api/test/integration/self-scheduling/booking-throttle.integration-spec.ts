import { CandidateEntity } from '@api/modules/candidate/candidate.entity';
import { KitEntity } from '@api/modules/kit/kit.entity';
import { seedDefaultRubrics } from '@api/modules/rubric/default-rubrics';
import { RubricEntity } from '@api/modules/rubric/rubric.entity';
import {
  createTeam,
  type SeededTeam,
  setAvailability,
  TEST_PASSWORD,
} from '@api-test/support/fixtures';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const CREATE = `mutation C($input: CreateSchedulingRequestInput!) { createSchedulingRequest(input: $input) { link } }`;
const PAGE = `query P($token: String!) { bookingPage(token: $token) { status } }`;
const CANCEL = `mutation X($input: CancelBookingInput!) { cancelBooking(input: $input) { status } }`;
const DAY = 86_400_000;

// Its own app and database: the throttle counts per address, and every test client shares 127.0.0.1.
describe('throttling of scheduling links', () => {
  let testApp: TestApp;
  let team: SeededTeam;
  let realToken = '';

  beforeAll(async () => {
    testApp = await startTestApp();
    team = await createTeam(testApp.dataSource, 'throttled');
    await setAvailability(testApp.dataSource, team.interviewer.userId);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should lock out an address that tries link after unknown link, even with a real link', async () => {
    await testApp.dataSource.transaction((manager) =>
      seedDefaultRubrics(manager, team.teamId),
    );
    const rubric = await testApp.dataSource
      .getRepository(RubricEntity)
      .findOneByOrFail({ teamId: team.teamId, defaultForKind: 'technical' });
    const kit = await testApp.dataSource
      .getRepository(KitEntity)
      .save({
        teamId: team.teamId,
        name: 'Loop',
        targetRole: 'Engineer',
        rubricId: rubric.id,
        instructions: '',
        version: 1,
        archivedAt: null,
      });
    const candidate = await testApp.dataSource
      .getRepository(CandidateEntity)
      .save({
        teamId: team.teamId,
        name: 'Casey',
        email: 'casey@example.test',
        targetRole: null,
        notes: '',
        version: 1,
      });
    const coordinator = await testApp
      .client()
      .signIn(team.coordinator.email, TEST_PASSWORD);
    const { createSchedulingRequest } = await coordinator.data(CREATE, {
      input: {
        candidateId: candidate.id,
        kitId: kit.id,
        durationMinutes: 60,
        panel: [{ userId: team.interviewer.userId, role: 'LEAD' }],
        windowStart: new Date(Date.now() + 2 * DAY).toISOString(),
        windowEnd: new Date(Date.now() + 9 * DAY).toISOString(),
      },
    });
    realToken = (createSchedulingRequest.link as string)
      .split('/')
      .pop() as string;
    const guesser = testApp.client();
    const codes: string[] = [];
    for (let attempt = 0; attempt < 22; attempt += 1) {
      codes.push(
        String(
          (
            await guesser.request(PAGE, {
              token: `guess-${attempt}-${'x'.repeat(30)}`,
            })
          ).errors?.[0]?.extensions?.['code'],
        ),
      );
    }

    expect(codes.slice(0, 20).every((code) => code === 'NOT_FOUND')).toBe(true);
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    expect(
      (await guesser.request(PAGE, { token: realToken })).errors?.[0]
        ?.extensions?.['code'],
    ).toBe('RATE_LIMITED');
    await testApp.dataSource.query(`DELETE FROM login_throttle`);
    await expect(guesser.data(PAGE, { token: realToken })).resolves.toEqual({
      bookingPage: { status: 'OPEN' },
    });
  });

  it('should stop a script hammering one link’s actions, whatever they answer', async () => {
    const [{ request_id: requestId }]: { request_id: string }[] =
      await testApp.dataSource.query(
        `SELECT request_id FROM scheduling_link LIMIT 1`,
      );
    const token = realToken;
    const script = testApp.client();
    const codes: string[] = [];
    for (let attempt = 0; attempt < 32; attempt += 1) {
      codes.push(
        String(
          (await script.request(CANCEL, { input: { token, reason: '' } }))
            .errors?.[0]?.extensions?.['code'],
        ),
      );
    }

    // Nothing to cancel yet: CONFLICT each time, until the link's budget of 30 calls (and one) is spent.
    expect(codes.slice(0, 31).every((code) => code === 'CONFLICT')).toBe(true);
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    const [request]: { session_id: string | null }[] =
      await testApp.dataSource.query(
        `SELECT session_id FROM scheduling_request WHERE id = $1`,
        [requestId],
      );
    expect(request?.session_id).toBeNull();
  });
});
