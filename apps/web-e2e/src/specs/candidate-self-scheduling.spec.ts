import { expect, type Locator, type Page, test } from '@playwright/test';

import { createCandidateThroughApi } from '@e2e/requests/candidates';
import { signInThroughApi } from '@e2e/requests/signIn';
import { checkPage } from '@e2e/support/checkPage';
import { DEMO_COORDINATOR, e2eEnvironment } from '@e2e/support/environment';

const { baseURL } = e2eEnvironment();
const KIT = 'Backend engineer — technical loop';

/** Presses Tab until `target` has the focus: the page is walked by keyboard only. */
async function tabTo(page: Page, target: Locator, limit = 25): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (
      await target.evaluate(
        (element) => element === element.ownerDocument.activeElement,
      )
    ) {
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test('a coordinator emails a scheduling link; the candidate books on a phone and moves it on a desktop, by keyboard alone', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  await signInThroughApi(page.request, DEMO_COORDINATOR.email);
  const candidate = await createCandidateThroughApi(page.request, {
    name: 'Robin Okafor',
    email: 'robin.okafor@example.test',
    targetRole: 'Backend Engineer',
  });

  await page.goto(`/candidates/${candidate.id}`);
  await page.getByRole('button', { name: 'Send a scheduling link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Send a scheduling link' });
  await dialog.getByRole('combobox', { name: 'Kit' }).fill('Backend');
  await page.getByRole('option', { name: KIT }).click();
  await dialog.getByRole('combobox', { name: /must all attend/ }).fill('Ana');
  await page.getByRole('option', { name: 'Ana Interviewer' }).click();
  await dialog
    .getByRole('textbox', { name: 'Where (meeting link or room)' })
    .fill('https://meet.example.test/robin');
  await checkPage(page, testInfo, '01-send-link-form');
  const created = page.waitForResponse(
    (response) =>
      response.url().endsWith('/graphql') &&
      (response.request().postData() ?? '').includes('CreateSchedulingRequest'),
  );
  await dialog.getByRole('button', { name: 'Email the link' }).click();
  const answer = (await (await created).json()) as {
    data: { createSchedulingRequest: { link: string } };
  };
  const link = new URL(answer.data.createSchedulingRequest.link);
  await expect(
    page.getByRole('cell', { name: 'Sent', exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Copy the link' }),
  ).toBeVisible();
  await checkPage(page, testInfo, '02-link-sent');

  // The candidate, on a phone, with no account, in their own zone.
  const phone = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    timezoneId: 'Asia/Tokyo',
  });
  const candidatePage = await phone.newPage();
  await candidatePage.goto(link.pathname);
  await expect(
    candidatePage.getByRole('heading', {
      level: 1,
      name: 'Pick a time for your interview',
    }),
  ).toBeVisible();
  await expect(
    candidatePage.getByText(/Demo Hiring Team · Backend engineer/),
  ).toBeVisible();
  await expect(
    candidatePage.getByRole('combobox', { name: 'Time zone' }),
  ).toHaveValue('Asia/Tokyo');
  await expect(candidatePage.getByText(/@panelwise\.test/)).toHaveCount(0);
  await checkPage(candidatePage, testInfo, '03-phone-pick-a-time');
  // Two days on: clear of the team's 24-hour limit for moving a booking.
  const bookingDay = candidatePage.getByRole('combobox', { name: 'Day' });
  await tabTo(candidatePage, bookingDay);
  await candidatePage.keyboard.press('ArrowDown');
  await candidatePage.keyboard.press('ArrowDown');
  await expect(candidatePage.getByRole('radiogroup')).not.toHaveAccessibleName(
    /December 8\b/,
  );
  const firstTime = candidatePage.getByRole('radio').first();
  await tabTo(candidatePage, firstTime);
  await candidatePage.keyboard.press('Space');
  await expect(firstTime).toBeChecked();
  const book = candidatePage.getByRole('button', { name: /^Book / });
  await tabTo(candidatePage, book);
  await candidatePage.keyboard.press('Enter');
  await expect(
    candidatePage
      .getByRole('status')
      .filter({ hasText: 'Your interview is booked' }),
  ).toBeVisible();
  await expect(
    candidatePage.getByRole('link', {
      name: 'https://meet.example.test/robin',
    }),
  ).toBeVisible();
  await checkPage(candidatePage, testInfo, '04-phone-booked');
  await phone.close();

  // Later, on a desktop: the same link shows the booking and moves it.
  const desktop = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 900 },
    timezoneId: 'Asia/Tokyo',
  });
  const again = await desktop.newPage();
  await again.goto(link.pathname);
  await expect(
    again.getByRole('heading', { level: 1, name: 'Your interview' }),
  ).toBeVisible();
  const moveIt = again.getByRole('button', { name: 'Move it' });
  await tabTo(again, moveIt);
  await again.keyboard.press('Enter');
  const day = again.getByRole('combobox', { name: 'Day' });
  await tabTo(again, day);
  await again.keyboard.press('ArrowDown');
  const newTime = again.getByRole('radio').first();
  await tabTo(again, newTime);
  await again.keyboard.press('Space');
  const moveTo = again.getByRole('button', { name: /^Move to / });
  await tabTo(again, moveTo);
  const target = (await moveTo.textContent())?.replace(/^Move to /, '') ?? '';
  await again.keyboard.press('Enter');
  await expect(
    again.getByRole('status').filter({ hasText: target }),
  ).toBeVisible();
  await checkPage(again, testInfo, '05-desktop-moved');
  await desktop.close();

  await page.reload();
  await expect(
    page.getByRole('cell', { name: 'Booked', exact: true }),
  ).toBeVisible();
  await checkPage(page, testInfo, '06-coordinator-sees-booked');
});
