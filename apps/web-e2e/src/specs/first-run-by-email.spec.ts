import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { AppShellPom } from '@e2e/pom/AppShellPom';
import { HomePom } from '@e2e/pom/HomePom';
import { InvitePom } from '@e2e/pom/InvitePom';
import { LoginPom } from '@e2e/pom/LoginPom';
import { PasswordResetPom } from '@e2e/pom/PasswordResetPom';
import { SetupPom } from '@e2e/pom/SetupPom';
import { TeamPom } from '@e2e/pom/TeamPom';
import { checkPage } from '@e2e/support/checkPage';
import { freePort } from '@e2e/support/environment';
import { Mailbox } from '@e2e/support/mailbox';
import {
  type RunningServer,
  startServer,
  stopServer,
} from '@e2e/support/server';

// Issue #15: from an empty production install to a team that works by email.

const FOUNDER = {
  teamName: 'Acme Hiring',
  name: 'Frida Founder',
  email: 'frida@acme.test',
  password: 'a-founders-long-passphrase',
};
const NEW_FOUNDER_PASSWORD = 'a-second-founders-passphrase';
const INTERVIEWER = {
  name: 'Ivo Interviewer',
  email: 'ivo@acme.test',
  password: 'ivos-own-long-passphrase',
};

let mailbox: Mailbox;
let server: RunningServer;
let dataDir: string;
let baseURL: string;

test.beforeAll(async () => {
  mailbox = await Mailbox.start();
  const port = freePort();
  dataDir = mkdtempSync(join(tmpdir(), 'panelwise-e2e-empty-'));
  baseURL = `http://127.0.0.1:${port}`;
  server = await startServer({
    port,
    dataDir,
    name: 'empty-install',
    seedDemo: false,
    env: {
      NODE_ENV: 'production',
      // Production refuses a cheaper hash: this install hashes as a real one does.
      PASSWORD_HASH_COST: '17',
      // Served over plain HTTP here; behind TLS the default (Secure) stays.
      COOKIE_SECURE: 'false',
      SMTP_URL: mailbox.url,
      MAIL_FROM: 'Acme Hiring <hiring@acme.test>',
      JOBS_POLL_SECONDS: '1',
    },
  });
});

test.afterAll(async () => {
  await stopServer(server, dataDir);
  await mailbox.stop();
});

/** The one-time setup token, as a newcomer reads it in the console. */
function setupTokenFromLog(): string {
  const token = /enter this setup token: (\S+)/.exec(
    readFileSync(server.logFile, 'utf8'),
  )?.[1];
  expect(token, `a setup token in ${server.logFile}`).toBeTruthy();

  return token as string;
}

test('an empty install is set up with the logged token, and an interviewer joins from the emailed invite', async ({
  browser,
}, testInfo) => {
  // Three accounts, two deliveries through the job queue and five axe scans.
  test.setTimeout(180_000);
  const founderContext = await browser.newContext({ baseURL });
  const inviteeContext = await browser.newContext({ baseURL });
  try {
    const page = await founderContext.newPage();
    await page.goto('/');
    const setup = new SetupPom(page);
    await setup.expectLoaded();
    await checkPage(page, testInfo, '01-setup');

    await setup.complete({
      ...FOUNDER,
      setupToken: 'not-the-token-from-the-log',
    });
    await setup.expectTokenRefused();
    await setup.complete({ ...FOUNDER, setupToken: setupTokenFromLog() });

    const home = new HomePom(page);
    await home.expectWelcome(FOUNDER.name);
    await expect(home.currentTeam).toHaveText(FOUNDER.teamName);
    await expect(home.role).toHaveText('Coordinator');
    await checkPage(page, testInfo, '02-founder-home');

    const team = new TeamPom(page);
    await team.goto();
    const inviteUrl = await team.inviteInterviewer(INTERVIEWER.email);

    const invitation = await mailbox.messageTo(
      INTERVIEWER.email,
      new RegExp(`invited you to ${FOUNDER.teamName}`),
    );
    expect(invitation.from?.text).toContain('hiring@acme.test');
    expect(invitation.html).toBeTruthy();
    const emailedLink = /(http:\/\/\S+\/invite\/[\w-]+)/.exec(
      invitation.text ?? '',
    )?.[1];
    expect(emailedLink).toBe(inviteUrl);
    await team.expectEmailSent(INTERVIEWER.email);
    await checkPage(page, testInfo, '03-team-email');

    const inviteePage = await inviteeContext.newPage();
    const invite = new InvitePom(inviteePage);
    await invite.open(emailedLink as string);
    await invite.expectInvitation(FOUNDER.teamName, INTERVIEWER.email);
    await invite.acceptAsNewUser(INTERVIEWER);
    await new HomePom(inviteePage).expectWelcome(INTERVIEWER.name);
    await checkPage(inviteePage, testInfo, '04-interviewer-home');

    // Signed out, the interviewer signs in with the password they chose; setup is gone.
    await new AppShellPom(inviteePage).signOut();
    await inviteePage.goto('/setup');
    const login = new LoginPom(inviteePage);
    await login.expectLoaded();
    await login.signIn(INTERVIEWER.email, INTERVIEWER.password);
    await new HomePom(inviteePage).expectWelcome(INTERVIEWER.name);

    // The founder forgets their password: the emailed link sets a new one, the old one is refused.
    await new AppShellPom(page).signOut();
    await new LoginPom(page).expectLoaded();
    await new PasswordResetPom(page).requestLink(FOUNDER.email);
    const reset = await mailbox.messageTo(FOUNDER.email, /password/i);
    const resetLink = /(http:\/\/\S+\/reset-password\/[\w-]+)/.exec(
      reset.text ?? '',
    )?.[1];
    expect(resetLink, 'a reset link in the email').toBeTruthy();
    await new PasswordResetPom(page).chooseNewPassword(
      resetLink as string,
      NEW_FOUNDER_PASSWORD,
    );
    await new HomePom(page).expectWelcome(FOUNDER.name);
    await checkPage(page, testInfo, '05-after-reset');
    await new AppShellPom(page).signOut();
    const founderLogin = new LoginPom(page);
    await founderLogin.signIn(FOUNDER.email, FOUNDER.password);
    await expect(founderLogin.error).toBeVisible();
    await founderLogin.signIn(FOUNDER.email, NEW_FOUNDER_PASSWORD);
    await new HomePom(page).expectWelcome(FOUNDER.name);
  } finally {
    await inviteeContext.close();
    await founderContext.close();
  }
});
