import { TeamRole } from '@api/core/auth/team-role';
import { seedDefaultRubrics } from '@api/modules/rubric/default-rubrics';

import { addMember, createTeam, type SeededMember, type SeededTeam, setAvailability, TEST_PASSWORD } from './fixtures';
import type { GraphQLClient } from './graphql-client';
import { sampleGuide } from './guides';
import type { TestApp } from './test-app';

export type PanelFixture = {
  team: SeededTeam;
  coordinator: GraphQLClient;
  lead: GraphQLClient;
  co: GraphQLClient;
  shadow: GraphQLClient;
  members: { lead: SeededMember; co: SeededMember; shadow: SeededMember };
  kitId: string;
  candidateId: string;
  questionIds: string[];
  /**
   * Books a session for the panel (who are available all day, every day); by default it started
   * 5 minutes ago and lasts an hour, booked past the minimum notice with an override.
   */
  schedule(options?: { startsAt?: Date; candidateId?: string; panel?: { userId: string; role: string }[] }): Promise<{
    id: string;
    sessionQuestionIds: string[];
  }>;
};

const SCHEDULE = `mutation S($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id questions { id } } }`;

/**
 * A team with a coordinator and a panel (lead, co-interviewer, shadow), a kit
 * of two questions from the deep-learning guide, and a candidate.
 */
export async function createPanelFixture(testApp: Pick<TestApp, 'dataSource' | 'client'>, prefix: string): Promise<PanelFixture> {
  const team = await createTeam(testApp.dataSource, prefix);
  const co = await addMember(testApp.dataSource, team.teamId, `${prefix}-co@example.test`, TeamRole.INTERVIEWER);
  const shadow = await addMember(testApp.dataSource, team.teamId, `${prefix}-shadow@example.test`, TeamRole.INTERVIEWER);
  for (const member of [team.interviewer, co, shadow]) {
    await setAvailability(testApp.dataSource, member.userId);
  }
  await testApp.dataSource.transaction((manager) => seedDefaultRubrics(manager, team.teamId));
  const signIn = (email: string) => testApp.client().signIn(email, TEST_PASSWORD);
  const coordinator = await signIn(team.coordinator.email);
  await coordinator.data(`mutation I($input: ImportGuidesInput!) { importGuides(input: $input) { dryRun } }`, {
    input: { files: [sampleGuide('deep-learning-engineer.md')], dryRun: false },
  });
  const { questions } = await coordinator.data(`{ questions(first: 10) { edges { node { id } } } }`);
  const questionIds: string[] = questions.edges.map((edge: { node: { id: string } }) => edge.node.id);
  const { rubrics } = await coordinator.data(`{ rubrics { id defaultForKind } }`);
  const rubricId = rubrics.find((rubric: { defaultForKind: string }) => rubric.defaultForKind === 'technical').id;
  const { createKit } = await coordinator.data(`mutation K($input: CreateKitInput!) { createKit(input: $input) { id } }`, {
    input: {
      name: `${prefix} loop`,
      targetRole: 'Deep Learning Engineer',
      rubricId,
      instructions: '',
      items: [
        { questionId: questionIds[0], plannedMinutes: 10 },
        { questionId: questionIds[1], plannedMinutes: 15 },
      ],
    },
  });
  const { createCandidate } = await coordinator.data(`mutation C($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, {
    input: { name: 'Casey Candidate', email: `casey-${prefix}@example.test`, targetRole: 'Engineer', notes: '' },
  });

  return {
    team,
    coordinator,
    lead: await signIn(team.interviewer.email),
    co: await signIn(co.email),
    shadow: await signIn(shadow.email),
    members: { lead: team.interviewer, co, shadow },
    kitId: createKit.id,
    candidateId: createCandidate.id,
    questionIds,
    async schedule({ startsAt = new Date(Date.now() - 5 * 60_000), candidateId = createCandidate.id, panel } = {}) {
      const { scheduleSession } = await coordinator.data(SCHEDULE, {
        input: {
          candidateId,
          kitId: createKit.id,
          startsAt: startsAt.toISOString(),
          durationMinutes: 60,
          timeZone: 'UTC',
          location: 'Room 1',
          // A session already under way (the default) is entered on the record, as a coordinator would.
          ...(startsAt.getTime() < Date.now() + 60 * 60_000
            ? { overrideAvailability: true, overrideReason: 'Entered after it started' }
            : {}),
          panel: panel ?? [
            { userId: team.interviewer.userId, role: 'LEAD' },
            { userId: co.userId, role: 'CO_INTERVIEWER' },
            { userId: shadow.userId, role: 'SHADOW' },
          ],
        },
      });

      return { id: scheduleSession.id, sessionQuestionIds: scheduleSession.questions.map((q: { id: string }) => q.id) };
    },
  };
}
