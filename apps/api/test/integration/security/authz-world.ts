import { TeamRole } from '@api/core/auth/team-role';
import { PasswordResetPurpose } from '@api/modules/identity/password-reset.entity';
import { createPasswordLink } from '@api/modules/identity/password-reset.service';

import { addMember, createTeam, type SeededMember, type SeededTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { sampleGuide } from '@api-test/support/guides';
import { createPanelFixture, type PanelFixture } from '@api-test/support/interview-fixture';
import type { TestApp } from '@api-test/support/test-app';

export type Role = 'anonymous' | 'interviewer' | 'coordinator' | 'otherTeam';
export const ROLES: readonly Role[] = ['anonymous', 'interviewer', 'coordinator', 'otherTeam'];

/** Team A's name prefix: every name and email of team A contains it, so a response can be searched for it. */
export const TEAM_A_MARK = 'acme';
export const NEW_PASSWORD = 'correct-horse-battery-9';

type Session = { id: string; sessionQuestionIds: string[] };

/**
 * Team A (coordinator, a panel whose lead is "the interviewer", kit, rubrics,
 * guide, candidates, sessions in every state, scorecards, invites, a
 * notification) and team B, whose coordinator calls with team A's ids.
 * Operations that destroy or consume something get a target of their own.
 */
export type AuthzWorld = {
  testApp: TestApp;
  /** Fixed when the world was made: time arguments stay the same from call to call. */
  now: number;
  teamA: PanelFixture;
  teamB: SeededTeam;
  clients: Record<Role, GraphQLClient>;
  /** A new session for the role's user: for calls that replace or end the caller's session. */
  fresh(role: Role): Promise<GraphQLClient>;
  /** A user of that role used only to change their password. */
  passwordChanger(role: Role): Promise<GraphQLClient>;
  competencyIds: string[];
  rubricId: string;
  guideId: string;
  /** Guides only the lifecycle mutations touch: one to retire and restore, one to delete. */
  lifecycleGuides: { toRetire: string; toDelete: string };
  sessions: {
    /** Running now; the interviewer leads, the co-interviewer and the shadow sit on it. */
    main: Session;
    /** Ended 30 h ago: the lead submitted, the co-interviewer holds a draft. */
    scored: Session;
    /** Ended 50 h ago: the lead holds a complete draft. */
    toSubmit: Session;
    /** Running, to be completed. */
    toComplete: Session;
    toCancel: Session;
    toMarkNoShow: Session;
    toReschedule: Session;
  };
  scorecards: { leadSubmitted: string; leadDraft: string };
  notificationId: string;
  candidates: { toDelete: string; toUpdate: string; mergeTarget: string; mergeSource: string };
  kitToUpdate: string;
  rubricToUpdate: string;
  inviteToRevoke: string;
  /** A pending invite only ever previewed. */
  previewToken: string;
  /** One unused invite token per role, each for a new account. */
  inviteTokens: Record<Role, string>;
  spares: { roleChange: SeededMember; deactivation: SeededMember };
  /** One unused password link per role, each for an account in no team. */
  resetTokens: Record<Role, string>;
  /** A password link only ever previewed. */
  resetPreviewToken: string;
  /** A failed email in team A's outbox. */
  failedMessageId: string;
  selfScheduling: {
    candidateId: string;
    requestInput: () => Record<string, unknown>;
    toResend: string;
    toRevoke: string;
    pageToken: string;
    /** Per role, a link of its own: open, booked (to move), booked (to cancel). */
    toBook: Record<Role, string>;
    toMove: Record<Role, string>;
    toCancel: Record<Role, string>;
  };
};

const CREATE_SCHEDULING_REQUEST = `mutation C($input: CreateSchedulingRequestInput!) { createSchedulingRequest(input: $input) { id link } }`;
const BOOKING_PAGE = `query P($token: String!) { bookingPage(token: $token) { slots { start } } }`;
const BOOK_SLOT = `mutation B($input: BookSlotInput!) { bookSlot(input: $input) { status } }`;

/** The first time a scheduling link offers now. */
export async function firstOfferedStart(testApp: TestApp, token: string): Promise<string> {
  const { bookingPage } = await testApp.client().data(BOOKING_PAGE, { token });

  return bookingPage.slots[0].start as string;
}

const SAVE = `mutation S($input: SaveScorecardInput!) { saveScorecard(input: $input) { id version } }`;
const SUBMIT = `mutation S($input: SubmitScorecardInput!) { submitScorecard(input: $input) { id } }`;
const START = `mutation S($input: SessionIdInput!) { startSession(input: $input) { id } }`;
const CREATE_CANDIDATE = `mutation C($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`;
const INVITE = `mutation I($input: InviteMemberInput!) { inviteMember(input: $input) { url invite { id } } }`;

const hoursFromNow = (hours: number) => new Date(Math.floor((Date.now() + hours * 3_600_000) / 1000) * 1000);

export function scorecardContent(competencyIds: string[]) {
  return {
    ratings: competencyIds.map((competencyId) => ({ competencyId, level: 3, notAssessed: false, evidence: 'Explained the trade-offs' })),
    questionRatings: [],
    recommendation: 'YES',
    summary: 'Solid session',
  };
}

export async function createAuthzWorld(testApp: TestApp): Promise<AuthzWorld> {
  const { dataSource } = testApp;
  const teamA = await createPanelFixture(testApp, TEAM_A_MARK);
  const teamB = await createTeam(dataSource, 'globex');
  const member = (teamId: string, name: string, role: TeamRole) => addMember(dataSource, teamId, `${name}@example.test`, role);
  const spares = {
    roleChange: await member(teamA.team.teamId, `${TEAM_A_MARK}-spare-role`, TeamRole.INTERVIEWER),
    deactivation: await member(teamA.team.teamId, `${TEAM_A_MARK}-spare-off`, TeamRole.INTERVIEWER),
  };
  const passwordUsers: Record<Role, SeededMember | null> = {
    anonymous: null,
    interviewer: await member(teamA.team.teamId, `${TEAM_A_MARK}-pw-int`, TeamRole.INTERVIEWER),
    coordinator: await member(teamA.team.teamId, `${TEAM_A_MARK}-pw-coord`, TeamRole.COORDINATOR),
    otherTeam: await member(teamB.teamId, 'globex-pw-coord', TeamRole.COORDINATOR),
  };
  const emails: Record<Role, string | null> = {
    anonymous: null,
    interviewer: teamA.members.lead.email,
    coordinator: teamA.team.coordinator.email,
    otherTeam: teamB.coordinator.email,
  };
  const signIn = (email: string | null | undefined) =>
    email ? testApp.client().signIn(email, TEST_PASSWORD) : Promise.resolve(testApp.client());
  const coordinator = teamA.coordinator;
  const { lead, co } = teamA.members;

  const main = await teamA.schedule();
  await teamA.lead.data(START, { input: { sessionId: main.id } });
  const { session } = await teamA.lead.data(`query R($id: ID!) { session(id: $id) { scoringRubric { competencies { id } } } }`, { id: main.id });
  const competencyIds: string[] = session.scoringRubric.competencies.map((competency: { id: string }) => competency.id);
  const content = scorecardContent(competencyIds);
  const leadAndCo = [
    { userId: lead.userId, role: 'LEAD' },
    { userId: co.userId, role: 'CO_INTERVIEWER' },
  ];
  const leadOnly = [{ userId: lead.userId, role: 'LEAD' }];

  const scored = await teamA.schedule({ startsAt: hoursFromNow(-30), panel: leadAndCo });
  const leadCard = (await teamA.lead.data(SAVE, { input: { sessionId: scored.id, expectedVersion: 0, ...content } })).saveScorecard;
  await teamA.lead.data(SUBMIT, { input: { scorecardId: leadCard.id, expectedVersion: leadCard.version } });
  await teamA.co.data(SAVE, { input: { sessionId: scored.id, expectedVersion: 0, ...content, recommendation: 'NO' } });

  const toSubmit = await teamA.schedule({ startsAt: hoursFromNow(-50), panel: leadAndCo });
  const draft = (await teamA.lead.data(SAVE, { input: { sessionId: toSubmit.id, expectedVersion: 0, ...content } })).saveScorecard;
  await coordinator.data(`mutation N($input: NudgeInterviewerInput!) { nudgeInterviewer(input: $input) }`, {
    input: { sessionId: toSubmit.id, interviewerId: lead.userId },
  });
  const { notifications } = await teamA.lead.data(`{ notifications { items { id kind } } }`);
  const notificationId: string = notifications.items.find((item: { kind: string }) => item.kind === 'SCORECARD_NUDGE').id;

  const toComplete = await teamA.schedule({ startsAt: hoursFromNow(-3), panel: leadOnly });
  await teamA.lead.data(START, { input: { sessionId: toComplete.id } });
  const toCancel = await teamA.schedule({ startsAt: hoursFromNow(5 * 24), panel: leadOnly });
  const toMarkNoShow = await teamA.schedule({ startsAt: hoursFromNow(6 * 24), panel: leadOnly });
  const toReschedule = await teamA.schedule({ startsAt: hoursFromNow(10 * 24), panel: leadOnly });

  const candidate = async (name: string, email?: string) =>
    (await coordinator.data(CREATE_CANDIDATE, { input: { name, email, notes: `${TEAM_A_MARK} private notes` } })).createCandidate.id as string;
  const mergeEmail = `${TEAM_A_MARK}-twin@example.test`;
  const candidates = {
    toDelete: await candidate(`${TEAM_A_MARK} Delete Me`),
    toUpdate: await candidate(`${TEAM_A_MARK} Update Me`),
    mergeTarget: await candidate(`${TEAM_A_MARK} Twin One`, mergeEmail),
    mergeSource: await candidate(`${TEAM_A_MARK} Twin Two`, mergeEmail),
  };

  const { rubrics } = await coordinator.data(`{ rubrics { id defaultForKind } }`);
  const rubricId: string = rubrics.find((rubric: { defaultForKind: string | null }) => rubric.defaultForKind === 'technical').id;
  const { createKit } = await coordinator.data(`mutation K($input: CreateKitInput!) { createKit(input: $input) { id } }`, {
    input: { name: `${TEAM_A_MARK} kit to update`, targetRole: 'Engineer', rubricId, items: [{ questionId: teamA.questionIds[0], plannedMinutes: 10 }] },
  });
  const { createRubric } = await coordinator.data(`mutation R($input: CreateRubricInput!) { createRubric(input: $input) { id } }`, {
    input: { name: `${TEAM_A_MARK} rubric to update`, competencies: [{ name: 'Depth' }] },
  });
  const { guides } = await coordinator.data(`{ guides { edges { node { id } } } }`);
  // Guides of their own for the lifecycle mutations, so retiring or deleting them leaves the main one alone.
  const { importGuides: lifecycleImport } = await coordinator.data(
    `mutation I($input: ImportGuidesInput!) { importGuides(input: $input) { guides { guideId } } }`,
    { input: { files: [sampleGuide('frontend-engineer.md'), sampleGuide('ios-developer.md')], dryRun: false } },
  );
  const lifecycleGuides = {
    toRetire: lifecycleImport.guides[0].guideId as string,
    toDelete: lifecycleImport.guides[1].guideId as string,
  };

  const invite = async (name: string) =>
    (await coordinator.data(INVITE, { input: { email: `${name}@example.test`, role: 'INTERVIEWER' } })).inviteMember as {
      url: string;
      invite: { id: string };
    };
  const inviteToRevoke = (await invite(`${TEAM_A_MARK}-revoke-me`)).invite.id;
  const previewToken = (await invite(`${TEAM_A_MARK}-preview`)).url.split('/').pop() as string;
  const inviteTokens = {} as Record<Role, string>;
  for (const role of ROLES) {
    inviteTokens[role] = (await invite(`${TEAM_A_MARK}-invitee-${role.toLowerCase()}`)).url.split('/').pop() as string;
  }

  const passwordLink = async (name: string) => {
    const [user]: { id: string }[] = await dataSource.query(
      `INSERT INTO app_user (email, name, password_hash) VALUES ($1, $2, 'unusable') RETURNING id`,
      [`${name}@example.test`, name],
    );
    const link = await createPasswordLink(dataSource.manager, {
      userId: user?.id ?? '',
      purpose: PasswordResetPurpose.RESET,
      ttlMinutes: 60,
      publicUrl: 'http://localhost',
    });

    return link.url.split('/').pop() as string;
  };
  const resetTokens = {} as Record<Role, string>;
  for (const role of ROLES) {
    resetTokens[role] = await passwordLink(`teamless-reset-${role.toLowerCase()}`);
  }
  const selfBooker = await candidate(`${TEAM_A_MARK} Books Themselves`, `${TEAM_A_MARK}-self@example.test`);
  // Weeks ahead, clear of the sessions above and of the operations' own bookings; the lead is free all day (fixtures).
  const requestInput = () => ({
    candidateId: selfBooker,
    kitId: teamA.kitId,
    durationMinutes: 30,
    panel: [{ userId: lead.userId, role: 'LEAD' }],
    windowStart: hoursFromNow(45 * 24).toISOString(),
    windowEnd: hoursFromNow(70 * 24).toISOString(),
  });
  // Opened once here, so opening it again under test changes nothing.
  const schedulingLink = async () => {
    const { createSchedulingRequest } = await coordinator.data(CREATE_SCHEDULING_REQUEST, { input: requestInput() });
    const token = (createSchedulingRequest.link as string).split('/').pop() as string;
    await firstOfferedStart(testApp, token);

    return { id: createSchedulingRequest.id as string, token };
  };
  const bookedLink = async () => {
    const { token } = await schedulingLink();
    await testApp.client().data(BOOK_SLOT, { input: { token, startsAt: await firstOfferedStart(testApp, token), timeZone: 'UTC' } });

    return token;
  };
  const linksPerRole = async (make: () => Promise<string>) => {
    const links = {} as Record<Role, string>;
    for (const role of ROLES) {
      links[role] = await make();
    }

    return links;
  };
  const selfScheduling = {
    candidateId: selfBooker,
    requestInput,
    toResend: (await schedulingLink()).id,
    toRevoke: (await schedulingLink()).id,
    pageToken: (await schedulingLink()).token,
    toBook: await linksPerRole(async () => (await schedulingLink()).token),
    toMove: await linksPerRole(bookedLink),
    toCancel: await linksPerRole(bookedLink),
  };
  const [failed]: { id: string }[] = await dataSource.query(
    `INSERT INTO outgoing_message (team_id, event_key, kind, recipient_email, subject, text_body, html_body, status, attempts, last_error, last_stage)
     VALUES ($1, 'test:failed', 'TEST', 'bounced@example.test', 'Bounced', 'text', '<p>html</p>', 'FAILED', 3, '550 no such user', 'RCPT TO')
     RETURNING id`,
    [teamA.team.teamId],
  );

  return {
    testApp,
    now: Date.now(),
    teamA,
    teamB,
    clients: {
      anonymous: testApp.client(),
      interviewer: teamA.lead,
      coordinator,
      otherTeam: await signIn(teamB.coordinator.email),
    },
    fresh: (role) => signIn(emails[role]),
    passwordChanger: (role) => signIn(passwordUsers[role]?.email),
    competencyIds,
    rubricId,
    guideId: guides.edges[0].node.id,
    lifecycleGuides,
    sessions: { main, scored, toSubmit, toComplete, toCancel, toMarkNoShow, toReschedule },
    scorecards: { leadSubmitted: leadCard.id, leadDraft: draft.id },
    notificationId,
    candidates,
    kitToUpdate: createKit.id,
    rubricToUpdate: createRubric.id,
    inviteToRevoke,
    previewToken,
    inviteTokens,
    spares,
    resetTokens,
    resetPreviewToken: await passwordLink('teamless-reset-preview'),
    failedMessageId: failed?.id ?? '',
    selfScheduling,
  };
}
