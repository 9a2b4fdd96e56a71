import { expect, test } from '@playwright/test';

import { AppShellPom } from '@e2e/pom/AppShellPom';
import { HomePom } from '@e2e/pom/HomePom';
import { TeamPom } from '@e2e/pom/TeamPom';
import { signInThroughApi } from '@e2e/requests/signIn';
import { checkPage } from '@e2e/support/checkPage';
import { DEMO_INTERVIEWER, DEMO_TEAM } from '@e2e/support/environment';

test('an interviewer sees no team admin, and /team explains why', async ({
  page,
}, testInfo) => {
  // The page shares the context's cookie jar with page.request.
  await signInThroughApi(page.request, DEMO_INTERVIEWER.email);

  await page.goto('/');
  const home = new HomePom(page);
  await home.expectWelcome(DEMO_INTERVIEWER.name);
  await expect(home.currentTeam).toHaveText(DEMO_TEAM);
  await expect(home.role).toHaveText('Interviewer');
  await expect(home.memberCount).not.toHaveText('');
  const navLabels = await new AppShellPom(page).navLabels();
  expect(navLabels).toContain('Question bank');
  expect(navLabels).not.toContain('Team');
  expect(navLabels).not.toContain('Import guides');
  await checkPage(page, testInfo, '01-interviewer-home');

  const team = new TeamPom(page);
  await page.goto('/team');
  await team.expectCoordinatorsOnly();
  await checkPage(page, testInfo, '02-team-refused');
});
