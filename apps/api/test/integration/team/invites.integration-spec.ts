import { AuditEventEntity } from '@api/core/audit/audit-event.entity';
import { InviteEntity } from '@api/modules/identity/invite.entity';
import { MembershipEntity } from '@api/modules/identity/membership.entity';
import { UserEntity } from '@api/modules/identity/user.entity';

import { createTeam, type SeededTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const INVITE = `mutation Invite($input: InviteMemberInput!) {
  inviteMember(input: $input) { url invite { id email role status } }
}`;
const ACCEPT = `mutation Accept($input: AcceptInviteInput!) {
  acceptInvite(input: $input) { user { email name timeZone } currentTeam { id } role }
}`;
const PREVIEW = `query Preview($token: String!) { invitePreview(token: $token) { teamName email role hasAccount } }`;
const REVOKE = `mutation Revoke($input: RevokeInviteInput!) { revokeInvite(input: $input) { id status } }`;
const INVITES = `{ invites { id email status invitedByName } }`;

const tokenOf = (url: string) => url.split('/invite/')[1] ?? '';

describe('invites', () => {
  let testApp: TestApp;
  let alpha: SeededTeam;
  let beta: SeededTeam;
  let coordinator: GraphQLClient;

  async function invite(email: string, role = 'INTERVIEWER', as: GraphQLClient = coordinator) {
    const { inviteMember } = await as.data(INVITE, { input: { email, role } });

    return { id: inviteMember.invite.id as string, token: tokenOf(inviteMember.url as string) };
  }

  async function counts() {
    return {
      users: await testApp.dataSource.getRepository(UserEntity).count(),
      memberships: await testApp.dataSource.getRepository(MembershipEntity).count(),
    };
  }

  beforeAll(async () => {
    testApp = await startTestApp({ PUBLIC_URL: 'https://panelwise.example' });
    alpha = await createTeam(testApp.dataSource, 'alpha');
    beta = await createTeam(testApp.dataSource, 'beta');
    coordinator = await testApp.client().signIn(alpha.coordinator.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should create a one-time link under the public URL and list the invite as pending', async () => {
    const { inviteMember } = await coordinator.data(INVITE, { input: { email: 'Listed@Example.test', role: 'INTERVIEWER' } });

    expect(inviteMember.url).toMatch(/^https:\/\/panelwise\.example\/invite\/[\w-]{40,}$/);
    expect(inviteMember.invite).toMatchObject({ email: 'listed@example.test', status: 'PENDING' });
    const { invites } = await coordinator.data(INVITES);
    expect(invites).toContainEqual(
      expect.objectContaining({ id: inviteMember.invite.id, invitedByName: 'alpha-coord' }),
    );
  });

  it('should store only a hash of the token', async () => {
    const { id, token } = await invite('hashed@example.test');
    const stored = await testApp.dataSource.getRepository(InviteEntity).findOneByOrFail({ id });

    expect(stored.tokenHash).not.toContain(token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('should let a new person preview and accept, creating the account, membership and session', async () => {
    const { token } = await invite('newhire@example.test');
    const invitee = testApp.client();

    await expect(invitee.data(PREVIEW, { token })).resolves.toEqual({
      invitePreview: { teamName: 'alpha team', email: 'newhire@example.test', role: 'INTERVIEWER', hasAccount: false },
    });
    const { acceptInvite } = await invitee.data(ACCEPT, {
      input: { token, name: 'New Hire', password: 'a-long-password', timeZone: 'Asia/Tokyo' },
    });
    expect(acceptInvite).toEqual({
      user: { email: 'newhire@example.test', name: 'New Hire', timeZone: 'Asia/Tokyo' },
      currentTeam: { id: alpha.teamId },
      role: 'INTERVIEWER',
    });
    const { members } = await coordinator.data(`{ members { user { email } role active } }`);
    expect(members).toContainEqual({ user: { email: 'newhire@example.test' }, role: 'INTERVIEWER', active: true });
    const audit = await testApp.dataSource.getRepository(AuditEventEntity).findBy({ action: 'invite.accepted' });
    expect(audit.length).toBeGreaterThanOrEqual(1);
  });

  it('should refuse a reused invite with CONFLICT', async () => {
    const { token } = await invite('twice@example.test');
    await testApp.client().data(ACCEPT, { input: { token, name: 'Once', password: 'a-long-password' } });
    const before = await counts();

    await expect(
      testApp.client().errorCode(ACCEPT, { input: { token, name: 'Twice', password: 'a-long-password' } }),
    ).resolves.toBe('CONFLICT');
    await expect(counts()).resolves.toEqual(before);
  });

  it('should refuse an expired invite with BAD_USER_INPUT and create nothing', async () => {
    const { id, token } = await invite('late@example.test');
    await testApp.dataSource.getRepository(InviteEntity).update({ id }, { expiresAt: new Date(Date.now() - 1000) });
    const before = await counts();

    await expect(testApp.client().errorCode(PREVIEW, { token })).resolves.toBe('BAD_USER_INPUT');
    await expect(
      testApp.client().errorCode(ACCEPT, { input: { token, name: 'Late', password: 'a-long-password' } }),
    ).resolves.toBe('BAD_USER_INPUT');
    await expect(counts()).resolves.toEqual(before);
  });

  it('should refuse a revoked invite and drop it from the pending list', async () => {
    const { id, token } = await invite('revoked@example.test');
    await expect(coordinator.data(REVOKE, { input: { inviteId: id } })).resolves.toEqual({
      revokeInvite: { id, status: 'REVOKED' },
    });

    await expect(
      testApp.client().errorCode(ACCEPT, { input: { token, name: 'Rev', password: 'a-long-password' } }),
    ).resolves.toBe('BAD_USER_INPUT');
    const { invites } = await coordinator.data(INVITES);
    expect(invites.map((pending: { id: string }) => pending.id)).not.toContain(id);
    await expect(coordinator.errorCode(REVOKE, { input: { inviteId: id } })).resolves.toBe('CONFLICT');
  });

  it('should answer NOT_FOUND for an unknown token', async () => {
    await expect(testApp.client().errorCode(PREVIEW, { token: 'x'.repeat(43) })).resolves.toBe('NOT_FOUND');
  });

  it.each([
    ['a short password', { name: 'Shorty', password: 'short' }, 'password'],
    ['a missing name for a new account', { password: 'a-long-password' }, 'name'],
    ['an unknown time zone', { name: 'Zone', password: 'a-long-password', timeZone: 'Mars/Base' }, 'timeZone'],
  ])('should refuse %s with BAD_USER_INPUT and leave no half-created user', async (_case, fields, field) => {
    const { token } = await invite(`bad-${field}@example.test`);
    const before = await counts();
    const result = await testApp.client().request(ACCEPT, { input: { token, ...fields } });

    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    await expect(counts()).resolves.toEqual(before);
    await expect(testApp.client().data(PREVIEW, { token })).resolves.toBeDefined();
  });

  it('should let an existing account join with its own password, and refuse a wrong one', async () => {
    const { token } = await invite(beta.interviewer.email, 'COORDINATOR');
    const before = await counts();

    await expect(testApp.client().data(PREVIEW, { token })).resolves.toMatchObject({
      invitePreview: { hasAccount: true },
    });
    await expect(
      testApp.client().errorCode(ACCEPT, { input: { token, password: 'not-their-password' } }),
    ).resolves.toBe('UNAUTHENTICATED');
    await expect(counts()).resolves.toEqual(before);
    const { acceptInvite } = await testApp.client().data(ACCEPT, { input: { token, password: TEST_PASSWORD } });
    expect(acceptInvite).toMatchObject({ currentTeam: { id: alpha.teamId }, role: 'COORDINATOR' });
    await expect(counts()).resolves.toEqual({ ...before, memberships: before.memberships + 1 });
  });

  it('should refuse to invite someone who is already an active member with CONFLICT', async () => {
    await expect(
      coordinator.errorCode(INVITE, { input: { email: alpha.interviewer.email, role: 'INTERVIEWER' } }),
    ).resolves.toBe('CONFLICT');
  });

  it('should refuse invites from interviewers with FORBIDDEN', async () => {
    const interviewer = await testApp.client().signIn(alpha.interviewer.email, TEST_PASSWORD);

    await expect(
      interviewer.errorCode(INVITE, { input: { email: 'x@example.test', role: 'INTERVIEWER' } }),
    ).resolves.toBe('FORBIDDEN');
    await expect(interviewer.errorCode(INVITES)).resolves.toBe('FORBIDDEN');
  });

  it('should answer NOT_FOUND when another team\'s coordinator revokes this team\'s invite', async () => {
    const { id } = await invite('cross@example.test');
    const other = await testApp.client().signIn(beta.coordinator.email, TEST_PASSWORD);

    await expect(other.errorCode(REVOKE, { input: { inviteId: id } })).resolves.toBe('NOT_FOUND');
    const stored = await testApp.dataSource.getRepository(InviteEntity).findOneByOrFail({ id });
    expect(stored.revokedAt).toBeNull();
  });

  it('should write audit events for created and revoked invites', async () => {
    const { id } = await invite('audited@example.test');
    await coordinator.data(REVOKE, { input: { inviteId: id } });
    const events = await testApp.dataSource.getRepository(AuditEventEntity).findBy({ recordId: id });

    expect(events.map((event) => event.action).sort()).toEqual(['invite.created', 'invite.revoked']);
    expect(events.every((event) => event.actorId === alpha.coordinator.userId)).toBe(true);
  });

  it('should replace a pending invite when the same email is invited again', async () => {
    const first = await invite('again@example.test');
    const second = await invite('again@example.test');
    const { invites } = await coordinator.data(INVITES);

    expect(invites.filter((pending: { email: string }) => pending.email === 'again@example.test')).toEqual([
      expect.objectContaining({ id: second.id }),
    ]);
    const result = await testApp.client().request(ACCEPT, { input: { token: first.token, name: 'Old', password: 'a-long-password' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REVOKED' });
  });

  it('should sign out whoever was signed in on the browser that accepts an invite', async () => {
    const { token } = await invite('switcher@example.test');
    const browser = await testApp.client().signIn(alpha.interviewer.email, TEST_PASSWORD);
    const previousCookie = browser.sessionCookie ?? '';
    await browser.data(ACCEPT, { input: { token, name: 'Switcher', password: 'a-long-password' } });
    const replay = await fetch(`${testApp.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: previousCookie },
      body: JSON.stringify({ query: '{ me { user { email } } }' }),
    });

    expect(((await replay.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    await expect(browser.data('{ me { user { email } } }')).resolves.toEqual({ me: { user: { email: 'switcher@example.test' } } });
  });
});
