import { expect, test } from '@playwright/test';

import { AppShellPom } from '@e2e/pom/AppShellPom';
import { LoginPom } from '@e2e/pom/LoginPom';
import { TeamPom } from '@e2e/pom/TeamPom';
import { checkPage } from '@e2e/support/checkPage';
import { DEMO_COORDINATOR, DEMO_PASSWORD } from '@e2e/support/environment';

test('a signed-out visitor is sent to sign in, then back to the page they asked for', async ({
  page,
}, testInfo) => {
  await page.goto('/team');
  await expect(page).toHaveURL(/\/login\?next=%2Fteam$/);
  const login = new LoginPom(page);
  await login.expectLoaded();

  await login.signIn(DEMO_COORDINATOR.email, 'not-the-password');
  await expect(login.error).toContainText('Wrong email or password');
  await checkPage(page, testInfo, '01-login-error');

  await login.signIn(DEMO_COORDINATOR.email, DEMO_PASSWORD);
  const team = new TeamPom(page);
  await team.expectLoaded();
  await expect(page).toHaveURL(/\/team$/);

  await new AppShellPom(page).signOut();
  await login.expectLoaded();
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await checkPage(page, testInfo, '02-signed-out');
});

test('an unknown invite link says so', async ({ page }, testInfo) => {
  await page.goto('/invite/this-token-does-not-exist-at-all');
  await expect(page.getByRole('alert')).toContainText('Invite link not found');
  await checkPage(page, testInfo, '03-invite-not-found');
});
