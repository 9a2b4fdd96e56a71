import { expect, test } from '@playwright/test';

import { signInThroughApi } from '@e2e/requests/signIn';
import { checkPage } from '@e2e/support/checkPage';
import { DEMO_COORDINATOR } from '@e2e/support/environment';

test('a coordinator learns something true from the demo team on first start', async ({
  page,
}, testInfo) => {
  await signInThroughApi(page.request, DEMO_COORDINATOR.email);

  await page.goto('/analytics');
  const leniency = page.getByRole('table', {
    name: 'Leniency per interviewer and competency',
  });
  await expect(leniency).toBeVisible();
  // The lenient colleague is told apart, with an interval, on the last 90 days.
  await expect(
    leniency.getByRole('row').filter({ hasText: 'Dev Patel' }).first(),
  ).toContainText(/\+\d\.\d\d to \+\d\.\d\d/);
  await expect(
    page
      .getByRole('table', { name: 'Inter-rater agreement per competency' })
      .getByTestId('agreement-row'),
  ).toHaveCount(3);
  await expect(page.getByText(/n = \d+/)).toBeVisible();
  await checkPage(page, testInfo, '01-analytics');

  await page.goto('/timeliness');
  await expect(
    page.getByRole('table', { name: 'Outstanding scorecards, oldest first' }),
  ).toContainText('Femi Okafor');
  await checkPage(page, testInfo, '02-timeliness');

  await page.goto('/audit');
  await expect(page.getByRole('table', { name: 'Audit events' })).toContainText(
    'Submitted a scorecard',
  );
  await checkPage(page, testInfo, '03-audit');
});
