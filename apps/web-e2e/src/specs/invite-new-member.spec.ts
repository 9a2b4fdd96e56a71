import { expect, test } from '@playwright/test';

import { AppShellPom } from '@e2e/pom/AppShellPom';
import { HomePom } from '@e2e/pom/HomePom';
import { InvitePom } from '@e2e/pom/InvitePom';
import { LoginPom } from '@e2e/pom/LoginPom';
import { TeamPom } from '@e2e/pom/TeamPom';
import { checkPage } from '@e2e/support/checkPage';
import {
  DEMO_COORDINATOR,
  DEMO_INTERVIEWER,
  DEMO_PASSWORD,
  DEMO_TEAM,
} from '@e2e/support/environment';

const NEW_HIRE = {
  email: 'newhire@panelwise.test',
  name: 'Nina Newhire',
  password: 'a-long-enough-password',
};

test('a coordinator invites a new interviewer, who joins through the one-time link', async ({
  page,
  browser,
}, testInfo) => {
  // Nine pages scanned by axe, two of them the Team page with its outbox.
  test.setTimeout(120_000);
  // Coordinator signs in through the form.
  const login = new LoginPom(page);
  await login.goto();
  await checkPage(page, testInfo, '01-login');
  await login.signIn(DEMO_COORDINATOR.email, DEMO_PASSWORD);

  const home = new HomePom(page);
  await home.expectWelcome(DEMO_COORDINATOR.name);
  await expect(home.currentTeam).toHaveText(DEMO_TEAM);
  await expect(home.role).toHaveText('Coordinator');
  // The demo team: a coordinator and five interviewers.
  await expect(home.memberCount).toHaveText('6');
  await checkPage(page, testInfo, '02-coordinator-home');

  const shell = new AppShellPom(page);
  expect(await shell.navLabels()).toContain('Team');
  await shell.goTo('Team');
  const team = new TeamPom(page);
  await team.expectLoaded();
  await expect(team.memberRow(DEMO_COORDINATOR.email)).toBeVisible();
  await checkPage(page, testInfo, '03-team');

  await team.inviteExpectingEmailError(
    DEMO_INTERVIEWER.email,
    `${DEMO_INTERVIEWER.email} is already a member of this team`,
  );
  await checkPage(page, testInfo, '04-team-invite-conflict');

  const inviteUrl = await team.inviteInterviewer(NEW_HIRE.email);
  await expect(team.inviteRow(NEW_HIRE.email)).toContainText('Interviewer');
  await expect(team.inviteRow(NEW_HIRE.email)).toContainText(
    DEMO_COORDINATOR.name,
  );
  await checkPage(page, testInfo, '05-team-invite-link');

  // The invitee opens the link in a browser of their own.
  const inviteeContext = await browser.newContext();
  try {
    const inviteePage = await inviteeContext.newPage();
    const invite = new InvitePom(inviteePage);
    await invite.open(inviteUrl);
    await invite.expectInvitation(DEMO_TEAM, NEW_HIRE.email);
    await checkPage(inviteePage, testInfo, '06-invite-accept');
    await invite.acceptAsNewUser(NEW_HIRE);

    const inviteeHome = new HomePom(inviteePage);
    await inviteeHome.expectWelcome(NEW_HIRE.name);
    await expect(inviteeHome.currentTeam).toHaveText(DEMO_TEAM);
    await expect(inviteeHome.role).toHaveText('Interviewer');
    expect(await new AppShellPom(inviteePage).navLabels()).not.toContain(
      'Team',
    );
    await checkPage(inviteePage, testInfo, '07-invitee-home');

    // The link works once.
    await invite.open(inviteUrl);
    await invite.expectUnusable('Invite already used');
    await checkPage(inviteePage, testInfo, '08-invite-used');
  } finally {
    await inviteeContext.close();
  }

  // Back with the coordinator: the new member is listed, the invite is no longer pending.
  await page.reload();
  await team.expectLoaded();
  await expect(team.memberRow(NEW_HIRE.email)).toContainText(NEW_HIRE.name);
  await expect(team.memberRow(NEW_HIRE.email)).toContainText('Active');
  await expect(team.inviteRow(NEW_HIRE.email)).toHaveCount(0);
  await checkPage(page, testInfo, '09-team-after-accept');
});
