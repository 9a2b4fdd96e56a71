import type { DataSource } from 'typeorm';

import { createDataSource } from '@api/app/database/data-source';
import { ApiProcess } from '@api-test/support/api-process';
import { createTeam, type SeededTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import { GraphQLClient } from '@api-test/support/graphql-client';
import { SmtpCapture } from '@api-test/support/smtp-capture';
import { createTestDatabase, type TestDatabase } from '@api-test/support/test-database';

const INVITE = `mutation I($input: InviteMemberInput!) { inviteMember(input: $input) { invite { id } } }`;

async function until(condition: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The job queue across crashes: mail queued while no worker runs is sent by the
 * next process, and a delivery whose API was SIGKILLed mid-send (the SMTP server
 * had the message but never answered) is taken up again by the next process once
 * it expires, and arrives once.
 */
describe('mail delivery across an API crash', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let smtp: SmtpCapture;
  let team: SeededTeam;
  let api: ApiProcess | null = null;

  const startApi = async (env: Record<string, string> = {}) => {
    const started = await ApiProcess.create(database.url, {
      SEED_DEMO: 'false',
      SMTP_URL: smtp.url,
      JOBS_POLL_SECONDS: '0.5',
      MAIL_SEND_TIMEOUT_SECONDS: '4',
      MAIL_RETRY_DELAY_SECONDS: '1',
      // Startup progress in the log a failing start prints.
      LOG_LEVEL: 'log',
      ...env,
    });
    await started.start();

    return started;
  };
  const statusOf = async (email: string): Promise<{ status: string; attempts: number } | undefined> => {
    const [row]: { status: string; attempts: number }[] = await dataSource.query(
      `SELECT status, attempts FROM outgoing_message WHERE recipient_email = $1`,
      [email],
    );

    return row;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
    smtp = await SmtpCapture.start();
    team = await createTeam(dataSource, 'crashmail');
  }, 180_000);

  afterAll(async () => {
    await api?.kill();
    await dataSource.destroy();
    await smtp.stop();
    await database.drop();
  });

  it('should send mail queued while no worker ran once a worker starts', async () => {
    api = await startApi({ JOBS_ENABLED: 'false' });
    const coordinator = await new GraphQLClient(api.baseUrl).signIn(team.coordinator.email, TEST_PASSWORD);
    await coordinator.data(INVITE, { input: { email: 'queued-while-down@example.test', role: 'INTERVIEWER' } });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await statusOf('queued-while-down@example.test')).toEqual({ status: 'QUEUED', attempts: 0 });
    await api.stop();

    api = await startApi();
    await smtp.waitFor('queued-while-down@example.test', 1, 30_000);
    await until(async () => (await statusOf('queued-while-down@example.test'))?.status === 'SENT', 10_000, 'SENT');
  }, 120_000);

  it('should retry a delivery whose API died mid-send and deliver it once', async () => {
    smtp.stallNext(1);
    const coordinator = await new GraphQLClient(api?.baseUrl ?? '').signIn(team.coordinator.email, TEST_PASSWORD);
    await coordinator.data(INVITE, { input: { email: 'mid-send@example.test', role: 'INTERVIEWER' } });
    await until(() => smtp.stalled === 1, 20_000, 'the SMTP server to hold the message');
    expect(await statusOf('mid-send@example.test')).toEqual({ status: 'SENDING', attempts: 1 });
    await api?.kill();

    api = await startApi();
    await smtp.waitFor('mid-send@example.test', 1, 60_000);
    await until(async () => (await statusOf('mid-send@example.test'))?.status === 'SENT', 10_000, 'SENT');
    await new Promise((resolve) => setTimeout(resolve, 2000));

    expect(smtp.to('mid-send@example.test')).toHaveLength(1);
    expect(await statusOf('mid-send@example.test')).toEqual({ status: 'SENT', attempts: 2 });
  }, 120_000);
});
