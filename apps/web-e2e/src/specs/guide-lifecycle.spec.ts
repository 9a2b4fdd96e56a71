import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, type Page, test } from '@playwright/test';

import { GuidePom } from '@e2e/pom/GuidePom';
import { GuidesPom } from '@e2e/pom/GuidesPom';
import { graphqlRequest } from '@e2e/requests/graphqlRequest';
import { signInThroughApi } from '@e2e/requests/signIn';
import { checkPage } from '@e2e/support/checkPage';
import {
  DEMO_COORDINATOR,
  SCREENSHOTS_DIR,
  WORKSPACE_ROOT,
} from '@e2e/support/environment';

const TITLE = 'Lifecycle Guide Interview Questions';
const PHONE = { width: 390, height: 844 };

// What a phone shows first, beside checkPage's full-page shot.
const phoneShot = (name: string) =>
  join(SCREENSHOTS_DIR, `guide-lifecycle--${name}.png`);

async function expectNoSideScroll(page: Page): Promise<void> {
  // A string, evaluated in the page: this project's types have no DOM.
  const overflow = await page.evaluate<number>(
    'document.documentElement.scrollWidth - window.innerWidth',
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

// A guide of its own (own slug and title, and a date the parser cannot read, so it
// carries an import warning), so deleting it leaves the demo guides alone.
function lifecycleGuide(): { fileName: string; text: string } {
  const text = readFileSync(
    join(
      WORKSPACE_ROOT,
      'libs',
      'guide-parser',
      'src',
      '__fixtures__',
      'samples',
      'deep-learning-engineer.md',
    ),
    'utf8',
  )
    .replace(
      'term: "Deep Learning Engineer Interview Questions and Answers"',
      `term: "${TITLE}"\nslug: e2e-lifecycle-guide`,
    )
    .replace('pubDate: 2025-01-19', 'pubDate: "sometime in spring"');

  return { fileName: 'e2e-lifecycle-guide.md', text };
}

test('a coordinator retires, restores and then deletes a guide', async ({
  page,
}, testInfo) => {
  await signInThroughApi(page.request, DEMO_COORDINATOR.email);
  const { importGuides } = await graphqlRequest<{
    importGuides: { guides: { guideId: string; status: string }[] };
  }>(
    page.request,
    'ImportForLifecycle',
    `mutation ImportForLifecycle($input: ImportGuidesInput!) {
      importGuides(input: $input) { guides { guideId status } }
    }`,
    { input: { files: [lifecycleGuide()], dryRun: false } },
  );
  const guideId = importGuides.guides[0]?.guideId ?? '';
  expect(guideId).not.toBe('');

  // The guide page lists what the import worked around, by line.
  await page.goto(`/guides/${guideId}`);
  const guide = new GuidePom(page);
  await guide.expectLoaded(TITLE);
  const warnings = page.getByTestId('guide-import-warnings');
  await expect(warnings).toContainText('Line ');
  await expect(warnings).toContainText('sometime in spring');
  await checkPage(page, testInfo, '01-guide-with-warnings');

  // Retire: a banner, and the question bank loses its questions.
  await page.getByRole('button', { name: 'Retire guide' }).click();
  const banner = page.getByTestId('guide-retired-banner');
  await expect(banner).toContainText('This guide is retired');
  await expect(
    page.getByRole('button', { name: 'Restore guide' }),
  ).toBeVisible();
  await checkPage(page, testInfo, '02-guide-retired');
  await page.setViewportSize(PHONE);
  await checkPage(page, testInfo, '03-guide-retired-phone');
  await expectNoSideScroll(page);
  await page.screenshot({ path: phoneShot('03b-guide-retired-phone-top') });
  await page.setViewportSize({ width: 1280, height: 900 });

  // The list shows it under Retired only.
  await page.goto('/guides');
  const guides = new GuidesPom(page);
  await guides.expectLoaded();
  await expect(guides.row(TITLE)).toHaveCount(0);
  await page.getByText('Retired', { exact: true }).click();
  await expect(guides.row(TITLE)).toBeVisible();
  await checkPage(page, testInfo, '04-guides-retired');
  await guides.row(TITLE).getByRole('link', { name: TITLE }).click();

  // Restore brings it back.
  await guide.expectLoaded(TITLE);
  await page.getByRole('button', { name: 'Restore guide' }).click();
  await expect(
    page.getByRole('button', { name: 'Retire guide' }),
  ).toBeVisible();
  await expect(banner).toHaveCount(0);

  // Delete, after saying what goes and typing the title.
  await page.getByRole('button', { name: 'Delete guide…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this guide?' });
  await expect(dialog.getByTestId('delete-guide-summary')).toContainText(
    '8 questions no session used will be deleted',
  );
  await expect(dialog.getByTestId('delete-guide-summary')).toContainText(
    '0 questions will be kept',
  );
  const confirm = dialog.getByRole('button', { name: 'Delete guide' });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('textbox').fill(TITLE);
  await checkPage(page, testInfo, '05-delete-confirm');
  await page.setViewportSize(PHONE);
  await checkPage(page, testInfo, '06-delete-confirm-phone');
  await page.screenshot({ path: phoneShot('06b-delete-confirm-phone-top') });
  await page.setViewportSize({ width: 1280, height: 900 });
  await confirm.click();

  await guides.expectLoaded();
  await expect(guides.row(TITLE)).toHaveCount(0);
  await page.goto(`/guides/${guideId}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Guide not found' }),
  ).toBeVisible();
});
