import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { expect, type Page, test } from '@playwright/test';

import { CandidatesPom } from '@e2e/pom/CandidatesPom';
import { HomePom } from '@e2e/pom/HomePom';
import { ImportGuidesPom } from '@e2e/pom/ImportGuidesPom';
import { InvitePom } from '@e2e/pom/InvitePom';
import { QuestionBankPom } from '@e2e/pom/QuestionBankPom';
import { signInThroughApi } from '@e2e/requests/signIn';
import {
  inviteThroughApi,
  plantCoordinatorRecords,
  plantDebriefRecords,
  plantInterviewerRecords,
} from '@e2e/requests/xssPayloads';
import {
  DEMO_COORDINATOR,
  DEMO_PASSWORD,
  DEMO_TEAM,
  WORKSPACE_ROOT,
  e2eEnvironment,
} from '@e2e/support/environment';
import {
  PAYLOAD_GUIDE,
  PAYLOADS,
  PLANTED,
  watchForXss,
} from '@e2e/support/xssPayloads';

const SCREENSHOT_DIR = join(WORKSPACE_ROOT, 'tmp/xss-payloads');

// The app's Content-Security-Policy would block inline handlers and scripts
// on its own; bypassing it here checks the rendering itself, so a payload that
// reaches the DOM as markup runs and fails the test. The header is checked apart.
test.use({ bypassCSP: true });

/** Client-side navigation, as a link would (keeps the page's watch running). */
async function routeTo(page: Page, path: string): Promise<void> {
  if (!page.url().startsWith('http')) {
    await page.goto('/');
  }
  await page.evaluate(
    `window.history.pushState({}, '', ${JSON.stringify(path)});
     window.dispatchEvent(new PopStateEvent('popstate'));`,
  );
  await page.waitForURL((url) => `${url.pathname}${url.search}` === path);
}

/** Each text shows on the page as text (markup in it intact, not rendered). */
async function expectTexts(page: Page, ...texts: string[]): Promise<void> {
  for (const text of texts) {
    await expect(
      page.getByText(text).filter({ visible: true }).first(),
      `"${text}" shown as text on ${page.url()}`,
    ).toBeVisible();
  }
}

/** Each value sits in one of the page's inputs or textareas. */
async function expectFieldValues(page: Page, values: string[]): Promise<void> {
  await expect
    .poll(
      async () => {
        const present = await page.evaluate<string[]>(
          `[...document.querySelectorAll('input, textarea')].map((field) => field.value)`,
        );

        return values.filter((value) => !present.includes(value));
      },
      { message: `values missing from the fields of ${page.url()}` },
    )
    .toEqual([]);
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: join(SCREENSHOT_DIR, `${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}

test('should show payloads planted in every user-writable field as inert text on every page', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const { baseURL } = e2eEnvironment();
  const coordinator = await watchForXss(page);
  await signInThroughApi(page.request, DEMO_COORDINATOR.email);

  // Defence in depth, checked apart: the page forbids inline scripts.
  const documentResponse = await page.goto('/');
  const csp = documentResponse?.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).toMatch(/script-src-attr 'none'/);

  // Through the UI: the guide import, payload file name included.
  await routeTo(page, '/import-guides');
  const importPage = new ImportGuidesPom(page);
  await importPage.expectLoaded();
  const chooser = page.waitForEvent('filechooser');
  await importPage.chooseFilesButton.click();
  await (
    await chooser
  ).setFiles({
    name: PLANTED.guideFileName,
    mimeType: 'text/markdown',
    buffer: Buffer.from(PAYLOAD_GUIDE),
  });
  await expect(importPage.chosenFiles).toContainText(PLANTED.guideFileName);
  const preview = importPage.result(importPage.preview, PLANTED.guideTitle);
  await expect(preview).toHaveAttribute('data-status', 'CREATED');
  await expect(preview).toContainText(PLANTED.question1);
  await coordinator.expectClean('import preview');
  await importPage.confirm();
  const guideHref = await importPage
    .result(importPage.report, PLANTED.guideTitle)
    .getByRole('link', { name: /Open the guide/ })
    .getAttribute('href');
  const guideId = /\/guides\/([\w-]+)$/.exec(guideHref ?? '')?.[1] ?? '';
  expect(guideId).not.toBe('');
  await coordinator.expectClean('import report');

  // Through the UI: a candidate form.
  await routeTo(page, '/candidates/new');
  const candidates = new CandidatesPom(page);
  await candidates.fillForm({
    name: PLANTED.candidateName,
    email: PLANTED.candidateEmail,
    targetRole: PLANTED.candidateRole,
    notes: PLANTED.candidateNotes,
  });
  await candidates.form.getByRole('button', { name: 'Add candidate' }).click();
  await expect(page).toHaveURL(/\/candidates\/[0-9a-f-]{36}$/);
  const candidateId = page.url().split('/').pop() ?? '';
  await coordinator.expectClean('new candidate');

  // Through the UI: an invite accepted under a payload name.
  const inviteUrl = await inviteThroughApi(page.request, PLANTED.memberEmail);
  const memberContext = await browser.newContext({ baseURL, bypassCSP: true });
  try {
    const memberPage = await memberContext.newPage();
    const member = await watchForXss(memberPage);
    const invite = new InvitePom(memberPage);
    await invite.open(inviteUrl);
    await invite.expectInvitation(DEMO_TEAM, PLANTED.memberEmail);
    await member.expectClean('invite');
    await invite.acceptAsNewUser({
      name: PLANTED.memberName,
      password: DEMO_PASSWORD,
    });
    await new HomePom(memberPage).expectWelcome(PLANTED.memberName);

    // Everything else through the API: faster than typing.
    const records = await plantCoordinatorRecords(page.request, {
      guideId,
      candidateId,
      memberEmail: PLANTED.memberEmail,
      coordinatorEmail: DEMO_COORDINATOR.email,
    });
    await plantInterviewerRecords(memberPage.request, records.pastSessionId);
    await plantDebriefRecords(page.request, records);
    const [question1, question2] = records.questionIds;

    // The interviewer's pages: read-only views of kits and candidates.
    await memberPage.goto('/');
    await expectTexts(memberPage, PLANTED.candidateName, PLANTED.kitName);
    await expect(
      memberPage.getByRole('link', { name: /Join meeting/ }),
    ).toHaveAttribute('href', PLANTED.upcomingLocation);
    await member.expectClean('interviewer home');

    await memberPage
      .getByRole('button', { name: /^Notifications, \d+ unread$/ })
      .click();
    await expect(
      memberPage.getByRole('list', { name: 'Latest notifications' }),
    ).toContainText(PLANTED.candidateName);
    await member.expectClean('notifications (interviewer)');
    await memberPage.keyboard.press('Escape');

    await routeTo(memberPage, `/guides/${guideId}`);
    await expectTexts(
      memberPage,
      PLANTED.guideTitle,
      PLANTED.guideDescription,
      PLANTED.guideAuthor,
      PLANTED.guideVertical,
      PLANTED.profileSection,
      PLANTED.profileDetail,
      PLANTED.profileNote,
      PLANTED.question1,
      PLANTED.question2,
    );
    await member.expectClean('guide');

    await routeTo(memberPage, `/questions/${question1}`);
    await expectTexts(
      memberPage,
      PLANTED.question1,
      PLANTED.answerDescription,
      PLANTED.answerStep,
      PLANTED.answerFormula,
      PLANTED.followUp1,
      PLANTED.followUp2,
      `<${PAYLOADS.jsUrl}>`,
    );
    // Markdown links stay literal: no link named after their text.
    await expect(
      memberPage.getByRole('link', { name: 'click me' }),
    ).toHaveCount(0);
    await member.expectClean('question 1');
    await screenshot(memberPage, '01-question');

    await routeTo(memberPage, `/questions/${question2}`);
    // Raw HTML blocks of the guide read as their source.
    await expectTexts(
      memberPage,
      PLANTED.question2,
      `<iframe src="${PAYLOADS.jsUrl}"></iframe>`,
    );
    await member.expectClean('question 2');

    await routeTo(memberPage, '/questions');
    const bank = new QuestionBankPom(memberPage);
    await bank.search('click');
    // Search passages drop `__` markers and PostgreSQL's ts_headline drops
    // tag-like words, so only the payloads' outlines are compared here.
    await expect(bank.results).toContainText('Prompt <img src=x onerror=');
    await expect(bank.results).toContainText('[click me](javascript:');
    await member.expectClean('question bank search');

    await routeTo(memberPage, `/kits/${records.kitId}`);
    await expectTexts(
      memberPage,
      PLANTED.kitName,
      PLANTED.kitRole,
      `Instructions ${PAYLOADS.script}`,
      PLANTED.question1,
    );
    await member.expectClean('kit');

    await routeTo(memberPage, `/candidates/${candidateId}`);
    await expectTexts(
      memberPage,
      PLANTED.candidateName,
      PLANTED.candidateEmail,
      PLANTED.candidateRole,
      `Notes ${PAYLOADS.script}`,
    );
    await member.expectClean('candidate (interviewer)');

    await routeTo(memberPage, `/sessions/${records.pastSessionId}/room`);
    await expectTexts(
      memberPage,
      PLANTED.candidateName,
      PLANTED.question1,
      PLANTED.followUp1,
      PLANTED.customFollowUp,
    );
    await expectFieldValues(memberPage, [
      PLANTED.questionNote,
      PLANTED.overallNote,
    ]);
    await member.expectClean('interview room');
    await screenshot(memberPage, '02-interview-room');

    await routeTo(memberPage, `/sessions/${records.pastSessionId}/scorecard`);
    await expectTexts(
      memberPage,
      PLANTED.competency1,
      PLANTED.competency2,
      PLANTED.evidence1,
      PLANTED.evidence2,
      PLANTED.amendReason,
    );
    await member.expectClean('scorecard');
    await screenshot(memberPage, '03-scorecard');

    await routeTo(memberPage, '/availability');
    await expectFieldValues(memberPage, [PLANTED.timeOffNote]);
    await member.expectClean('availability');

    // The coordinator's pages.
    await page.goto('/');
    await page
      .getByRole('button', { name: /^Notifications, \d+ unread$/ })
      .click();
    await expect(
      page.getByRole('list', { name: 'Latest notifications' }),
    ).toContainText(PLANTED.candidateName);
    await coordinator.expectClean('notifications (coordinator)');
    await page.keyboard.press('Escape');

    await routeTo(page, '/guides');
    await expectTexts(page, PLANTED.guideTitle);
    await coordinator.expectClean('guides');

    await routeTo(page, '/candidates');
    await expectTexts(page, PLANTED.candidateName, PLANTED.candidateRole);
    await coordinator.expectClean('candidates');

    await routeTo(page, `/candidates/${candidateId}`);
    await expect(
      candidates.form.getByRole('textbox', { name: /^Name/ }),
    ).toHaveValue(PLANTED.candidateName);
    await coordinator.expectClean('candidate (coordinator)');

    await routeTo(page, `/candidates/${candidateId}/review`);
    await expectTexts(
      page,
      PLANTED.candidateName,
      PLANTED.memberName,
      PLANTED.competency1,
      PLANTED.amendedSummary,
      PLANTED.decisionRationale,
    );
    await coordinator.expectClean('candidate review');
    await screenshot(page, '04-candidate-review');

    await routeTo(page, `/sessions/${records.pastSessionId}`);
    await expectTexts(page, PLANTED.pastLocation, PLANTED.memberName);
    await expect(
      page.getByRole('link', { name: PLANTED.pastLocation }),
    ).toHaveCount(0);
    await coordinator.expectClean('past session');

    await routeTo(page, `/sessions/${records.upcomingSessionId}`);
    await expectTexts(page, PLANTED.rescheduleReason);
    await expect(
      page.getByRole('link', { name: PLANTED.upcomingLocation }),
    ).toHaveAttribute('href', PLANTED.upcomingLocation);
    await coordinator.expectClean('upcoming session');

    await routeTo(page, `/sessions/${records.cancelledSessionId}`);
    await expectTexts(page, PLANTED.cancelReason);
    await coordinator.expectClean('cancelled session');

    await routeTo(page, `/kits/${records.kitId}`);
    await expect(page.getByRole('textbox', { name: /^Name/ })).toHaveValue(
      PLANTED.kitName,
    );
    await coordinator.expectClean('kit editor');

    await routeTo(page, '/rubrics');
    await expectTexts(page, PLANTED.rubricName);
    await coordinator.expectClean('rubrics');

    // Rubrics are coordinators' only, and always open in the editor.
    await routeTo(page, `/rubrics/${records.rubricId}`);
    await expectTexts(page, PLANTED.rubricName, PLANTED.scaleTop);
    await expectFieldValues(page, [
      PLANTED.rubricName,
      PLANTED.rubricDescription,
      PLANTED.competency1,
      PLANTED.competency1Description,
      PLANTED.competency2,
      ...PLANTED.anchors,
    ]);
    await coordinator.expectClean('rubric editor');

    await routeTo(page, '/analytics');
    await expectTexts(
      page,
      PLANTED.memberName,
      PLANTED.competency1,
      PLANTED.question1,
    );
    await coordinator.expectClean('analytics');

    await routeTo(page, '/timeliness');
    await expectTexts(page, PLANTED.memberName, PLANTED.candidateName);
    await coordinator.expectClean('timeliness');

    await routeTo(page, '/audit');
    await expectTexts(page, PLANTED.memberName);
    await coordinator.expectClean('audit log');

    await routeTo(page, '/team');
    await expectTexts(
      page,
      PLANTED.memberName,
      PLANTED.memberEmail,
      PLANTED.pendingInviteEmail,
    );
    await coordinator.expectClean('team');

    // The Markdown export is served as text, never sniffed into HTML.
    const markdown = await page.request.get(`/exports/guides/${guideId}.md`);
    expect(markdown.headers()['content-type']).toMatch(/^text\/markdown/);
    expect(markdown.headers()['x-content-type-options']).toBe('nosniff');
    expect(await markdown.text()).toContain(PLANTED.question1);
  } finally {
    await memberContext.close();
  }
});

test('should report a payload that reaches the DOM as markup and runs', async ({
  page,
}) => {
  // The detector itself: on a page where a payload did get rendered, every
  // signal the spec above relies on must go off.
  const watch = await watchForXss(page);
  await page.goto('/login');
  await page.evaluate(
    `document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(PAYLOADS.img)});
     document.body.insertAdjacentHTML('beforeend', '<a href="${PAYLOADS.jsUrl}">x</a>');
     setTimeout(() => window.alert('xss'));`,
  );
  await expect
    .poll(async () => (await watch.inspect()).dialogs)
    .toHaveLength(1);
  const report = await watch.inspect();
  expect(report.flag).toBe(1);
  expect(report.fired).toHaveLength(1);
  expect(report.findings).toEqual([
    expect.stringContaining('<img src=x> from a payload'),
    expect.stringContaining('event-handler attribute onerror'),
    expect.stringContaining('javascript: URL in href'),
  ]);
});
