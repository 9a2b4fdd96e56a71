import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createApp } from '@api/app/app.factory';
import type { DatabaseTarget } from '@api/app/database/data-source';
import { AppConfig } from '@api/core/config/app-config';

import type { ScaleDataset } from './scale-dataset';

export type SmokeCheck = { name: string; ok: boolean; detail: string };

type Caller = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

async function signIn(url: string, email: string, password: string): Promise<Caller> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }', variables: { input: { email, password } } }),
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!cookie) {
    throw new Error(`Sign-in of ${email} failed (${response.status}): ${await response.text()}`);
  }

  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    const body = (await answer.json()) as { data?: T; errors?: unknown };
    if (body.errors || !body.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    }

    return body.data;
  };
}

/**
 * Starts the API in-process on the generated database and reads the fixtures
 * through the app's own queries (review, home, room, scorecards due, slot
 * finder): read-only, so the data stays as generated.
 */
export async function smokeCheckWithApp(database: DatabaseTarget, dataset: ScaleDataset): Promise<SmokeCheck[]> {
  const app = await createApp({
    config: AppConfig.forTest({ LOG_LEVEL: 'error', REMINDER_INTERVAL_SECONDS: 0 }),
    database: { ...database, isEmbedded: false },
  });
  await app.listen(0, '127.0.0.1');
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;
  const checks: SmokeCheck[] = [];
  const check = async (name: string, run: () => Promise<string | null>) => {
    try {
      const problem = await run();
      checks.push({ name, ok: problem === null, detail: problem ?? 'ok' });
    } catch (error) {
      checks.push({ name, ok: false, detail: (error as Error).message.slice(0, 300) });
    }
  };
  try {
    const coordinator = await signIn(url, dataset.coordinator.email, dataset.coordinator.password);
    const interviewer = (email: string) => signIn(url, email, dataset.interviewerPassword);
    const { review } = dataset.listSizeProbes;
    for (const probe of [review.small, review.large]) {
      await check(`candidateReview of a candidate with ${probe.sessionIds.length} scored session(s)`, async () => {
        const data = await coordinator<{ candidateReview: { sessions: unknown[]; recommendations: unknown[]; pending: unknown[] } }>(
          `query($id: ID!) { candidateReview(candidateId: $id) { sessions { id } recommendations { scorecardId } pending { sessionId } ratings { level } } }`,
          { id: probe.candidateId },
        );
        const { sessions, recommendations, pending } = data.candidateReview;

        return sessions.length >= probe.sessionIds.length && recommendations.length === probe.submittedScorecards && pending.length === 0
          ? null
          : `${sessions.length} sessions, ${recommendations.length} recommendations (expected ${probe.submittedScorecards}), ${pending.length} pending`;
      });
    }
    for (const probe of [dataset.listSizeProbes.home.small, dataset.listSizeProbes.home.large]) {
      await check(`myInterviews(days: ${probe.days}) of an interviewer with ${probe.upcomingSessions} upcoming`, async () => {
        const data = await (await interviewer(probe.email))<{ myInterviews: { questions: unknown[] }[] }>(
          `query($days: Int!) { myInterviews(days: $days) { id startsAt questions { id } } }`,
          { days: probe.days },
        );

        return data.myInterviews.length === probe.upcomingSessions ? null : `${data.myInterviews.length} sessions listed`;
      });
    }
    for (const room of [dataset.listSizeProbes.room.small, dataset.listSizeProbes.room.large, dataset.roomSessions[0]]) {
      if (!room) {
        continue;
      }
      await check(`room session with a plan of ${room.questions.length} questions`, async () => {
        const lead = room.panel[0];
        const data = await (await interviewer(lead?.email ?? ''))<{ session: { status: string; questions: { id: string }[]; myNotes: unknown[] } }>(
          `query($id: ID!) { session(id: $id) { status questions { id } myNotes { id } } }`,
          { id: room.sessionId },
        );
        const ids = data.session.questions.map((question) => question.id).join();

        return ids === room.questions.map((question) => question.sessionQuestionId).join() && data.session.status === String(room.status) ? null : `status ${data.session.status}, plan ${ids}`;
      });
    }
    const pending = dataset.pendingScorecards[0];
    if (pending) {
      await check('scorecardsDue lists a pending scorecard', async () => {
        const data = await (await interviewer(pending.email))<{ scorecardsDue: { sessionId: string; status: string | null }[] }>(
          `{ scorecardsDue { sessionId status } }`,
        );
        const due = data.scorecardsDue.find((row) => row.sessionId === pending.sessionId);

        return due && (due.status === 'DRAFT') === (pending.draft !== null) ? null : `due: ${JSON.stringify(due)}`;
      });
    }
    await check('findSlots over the slot panel\u2019s two weeks', async () => {
      const { slotPanel } = dataset;
      const data = await coordinator<{ findSlots: unknown[] }>(
        `query($input: FindSlotsInput!) { findSlots(input: $input) { start end score } }`,
        { input: { interviewerIds: slotPanel.interviewerIds, from: slotPanel.from.toISOString(), to: slotPanel.to.toISOString(), durationMinutes: slotPanel.durationMinutes } },
      );

      return data.findSlots.length > 0 ? null : 'no slot found';
    });
  } finally {
    await app.close();
  }

  return checks;
}
