import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

import { SCREENSHOTS_DIR } from './environment';

const BLOCKING_IMPACTS = new Set(['critical', 'serious']);

/**
 * Every page a flow visits goes through here: a full-page screenshot under
 * apps/web-e2e/screenshots/ and an axe scan that fails on critical or serious
 * violations.
 */
export async function checkPage(
  page: Page,
  testInfo: TestInfo,
  name: string,
): Promise<void> {
  // Let Mantine transitions (modals, notifications) settle before looking.
  await page.waitForLoadState('networkidle');
  const file = join(
    SCREENSHOTS_DIR,
    `${testInfo.titlePath[0]?.replace(/\.spec\.ts$/, '') ?? 'flow'}--${name}.png`,
  );
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });

  // Legacy mode runs axe inside the page instead of opening a blank page per
  // scan to merge frame results; the app has no iframes, and it halves the time.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  const blocking = results.violations.filter((violation) =>
    BLOCKING_IMPACTS.has(violation.impact ?? ''),
  );
  const report = blocking.map(
    (violation) =>
      `[${violation.impact}] ${violation.id}: ${violation.help}\n` +
      violation.nodes
        .map(
          (node) =>
            `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
        )
        .join('\n'),
  );
  expect(
    report,
    `accessibility violations on "${name}" (${page.url()})`,
  ).toEqual([]);
}
