import { AuditEventEntity } from '@api/core/audit/audit-event.entity';
import { TeamRole } from '@api/core/auth/team-role';

import { addMember, createTeam, type SeededTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const MEMBERS = `{ members { id user { email } role active } }`;
const CHANGE_ROLE = `mutation Change($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id role } }`;
const DEACTIVATE = `mutation Deactivate($input: DeactivateMemberInput!) { deactivateMember(input: $input) { id active } }`;

describe('team members', () => {
  let testApp: TestApp;
  let alpha: SeededTeam;
  let beta: SeededTeam;
  let coordinator: GraphQLClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    alpha = await createTeam(testApp.dataSource, 'alpha');
    beta = await createTeam(testApp.dataSource, 'beta');
    coordinator = await testApp.client().signIn(alpha.coordinator.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should list only the current team\'s members', async () => {
    const { members } = await coordinator.data(MEMBERS);
    const emails = members.map((member: { user: { email: string } }) => member.user.email);

    expect(emails.sort()).toEqual([alpha.coordinator.email, alpha.interviewer.email].sort());
  });

  it('should let an interviewer read the member list but not change it', async () => {
    const interviewer = await testApp.client().signIn(alpha.interviewer.email, TEST_PASSWORD);

    await expect(interviewer.data(MEMBERS)).resolves.toBeDefined();
    await expect(
      interviewer.errorCode(CHANGE_ROLE, { input: { membershipId: alpha.interviewer.membershipId, role: 'COORDINATOR' } }),
    ).resolves.toBe('FORBIDDEN');
  });

  it('should change a role and record who did it', async () => {
    const member = await addMember(testApp.dataSource, alpha.teamId, 'promote@example.test', TeamRole.INTERVIEWER);

    await expect(
      coordinator.data(CHANGE_ROLE, { input: { membershipId: member.membershipId, role: 'COORDINATOR' } }),
    ).resolves.toEqual({ changeMemberRole: { id: member.membershipId, role: 'COORDINATOR' } });
    const events = await testApp.dataSource
      .getRepository(AuditEventEntity)
      .findBy({ recordId: member.membershipId, action: 'member.role_changed' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: alpha.coordinator.userId, details: { from: 'INTERVIEWER', to: 'COORDINATOR' } });
  });

  it('should answer NOT_FOUND for another team\'s membership and change nothing', async () => {
    await expect(
      coordinator.errorCode(CHANGE_ROLE, { input: { membershipId: beta.interviewer.membershipId, role: 'COORDINATOR' } }),
    ).resolves.toBe('NOT_FOUND');
    await expect(
      coordinator.errorCode(DEACTIVATE, { input: { membershipId: beta.interviewer.membershipId } }),
    ).resolves.toBe('NOT_FOUND');
    const other = await testApp.client().signIn(beta.coordinator.email, TEST_PASSWORD);
    const { members } = await other.data(MEMBERS);
    expect(members).toContainEqual(expect.objectContaining({ id: beta.interviewer.membershipId, role: 'INTERVIEWER', active: true }));
  });

  it('should refuse to leave a team without an active coordinator', async () => {
    const gamma = await createTeam(testApp.dataSource, 'gamma');
    const lone = await testApp.client().signIn(gamma.coordinator.email, TEST_PASSWORD);

    await expect(
      lone.errorCode(CHANGE_ROLE, { input: { membershipId: gamma.coordinator.membershipId, role: 'INTERVIEWER' } }),
    ).resolves.toBe('CONFLICT');
    await expect(lone.errorCode(DEACTIVATE, { input: { membershipId: gamma.coordinator.membershipId } })).resolves.toBe(
      'CONFLICT',
    );
  });

  it('should deactivate a member, whose session then loses the team', async () => {
    const member = await addMember(testApp.dataSource, alpha.teamId, 'leaver@example.test', TeamRole.INTERVIEWER);
    const leaver = await testApp.client().signIn(member.email, TEST_PASSWORD);

    await expect(coordinator.data(DEACTIVATE, { input: { membershipId: member.membershipId } })).resolves.toEqual({
      deactivateMember: { id: member.membershipId, active: false },
    });
    await expect(leaver.errorCode(MEMBERS)).resolves.toBe('FORBIDDEN');
    await expect(leaver.data(`{ me { currentTeam { id } memberships { id } } }`)).resolves.toEqual({
      me: { currentTeam: null, memberships: [] },
    });
  });
});
