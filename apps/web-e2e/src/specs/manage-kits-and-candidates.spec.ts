import { expect, test } from '@playwright/test';

import { createCandidateThroughApi } from '@e2e/requests/candidates';
import {
  bankQuestionsThroughApi,
  createKitThroughApi,
  fetchKit,
} from '@e2e/requests/kits';
import { signInThroughApi } from '@e2e/requests/signIn';
import { checkPage } from '@e2e/support/checkPage';
import { DEMO_COORDINATOR } from '@e2e/support/environment';

test('a coordinator adds a question to a kit from its page and narrows the kit builder to one guide', async ({
  page,
}, testInfo) => {
  await signInThroughApi(page.request, DEMO_COORDINATOR.email);
  const questions = await bankQuestionsThroughApi(page.request, 40);
  const [first, second] = questions;
  if (!first || !second) {
    throw new Error('The demo bank has fewer than two questions');
  }
  const kit = await createKitThroughApi(page.request, 'Kit to append to', [
    first.id,
  ]);

  await page.goto(`/questions/${second.id}`);
  await page.getByRole('button', { name: 'Add to a kit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add to a kit' });
  await dialog.getByRole('combobox', { name: 'Kit' }).click();
  await page.getByRole('option', { name: /^Kit to append to/ }).click();
  await dialog.getByRole('textbox', { name: 'Planned minutes' }).fill('20');
  await checkPage(page, testInfo, '01-add-to-kit');
  await dialog.getByRole('button', { name: 'Add to kit' }).click();
  await expect(dialog.getByRole('status')).toContainText(
    'The question is now the last one of',
  );
  const stored = await fetchKit(page.request, kit.id);
  expect(
    stored.items.map((item) => [item.question.id, item.plannedMinutes]),
  ).toEqual([
    [first.id, 10],
    [second.id, 20],
  ]);
  await dialog.getByRole('link', { name: 'Kit to append to' }).click();
  await expect(page.getByText(second.prompt).first()).toBeVisible();

  // Opening the dialog again: this kit now holds the question.
  await page.goto(`/questions/${second.id}`);
  await page.getByRole('button', { name: 'Add to a kit' }).click();
  await page.getByRole('combobox', { name: 'Kit' }).click();
  await expect(
    page.getByRole('option', { name: 'Kit to append to (already in it)' }),
  ).toHaveAttribute('data-combobox-disabled', 'true');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  const otherGuide = questions.find(
    (question) => question.guide.id !== first.guide.id,
  )?.guide;
  if (!otherGuide) {
    throw new Error('The demo bank has one guide only');
  }
  await page.goto('/kits/new');
  await page.getByRole('combobox', { name: 'Guide' }).click();
  await page.getByRole('option', { name: otherGuide.title }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'in this guide' }),
  ).toBeVisible();
  const results = page.getByTestId('picker-result');
  await expect(results.first()).toBeVisible();
  for (const text of await results.allTextContents()) {
    expect(text).toContain(otherGuide.title);
  }
  await checkPage(page, testInfo, '02-kit-builder-by-guide');
});

test('a coordinator deletes a candidate on request, giving a reason', async ({
  page,
}, testInfo) => {
  await signInThroughApi(page.request, DEMO_COORDINATOR.email);
  const candidate = await createCandidateThroughApi(page.request, {
    name: 'Robin Forget',
    email: 'robin.forget@example.test',
  });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/candidates/${candidate.id}`);
  await page.getByRole('button', { name: 'Delete candidate…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete candidate' });
  const confirm = dialog.getByRole('button', { name: 'Delete for good' });
  await dialog
    .getByRole('textbox', { name: /Reason/ })
    .fill('Asked by email to be forgotten');
  await expect(confirm).toBeDisabled();
  await dialog
    .getByRole('textbox', { name: 'Type “Robin Forget” to confirm' })
    .fill('Robin Forget');
  await checkPage(page, testInfo, '03-delete-candidate-phone');
  await confirm.click();

  await expect(page).toHaveURL(/\/candidates$/);
  await expect(page.getByText('Robin Forget was deleted')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Robin Forget' })).toHaveCount(0);
  await page.goto(`/candidates/${candidate.id}`);
  await expect(
    page.getByText('This candidate does not exist in your team'),
  ).toBeVisible();
});
