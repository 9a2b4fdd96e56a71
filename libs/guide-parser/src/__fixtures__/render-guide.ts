import type { AnswerField, ParsedGuide } from '@panelwise/guide-parser';

// Renders one abstract guide in the layouts this publisher's guides use, so a
// test can check that every layout yields the same questions, answers and follow-ups.

export type AbstractField = {
  label: string;
  text: string;
  children: AbstractField[];
};
export type AbstractQuestion = {
  prompt: string;
  summary: string | null;
  fields: AbstractField[];
  followUps: string[];
};
export type AbstractSection = { kind: string; questions: AbstractQuestion[] };
export type AbstractGuide = {
  title: string;
  /** Role-profile requirements (`1. **Label:** text`), which are not questions. */
  requirements: { label: string; text: string }[];
  sections: AbstractSection[];
};

export type GuideLayout = {
  family: 'ordered-list' | 'range-headings';
  /** Level of the "Interview Questions and Answers" heading; kinds are one deeper. */
  level: 2 | 3 | 4;
  numbering: '1.' | '1)' | 'Q1.';
  continueNumbering: boolean;
  prompt: 'bold' | 'italic' | 'plain';
  blankLines: boolean;
  indent: '  ' | '    ' | '\t';
  crlf: boolean;
  answer: 'bullet' | 'paragraph';
  /** The Answer and Follow-up markers in bold (`**Answer:**`) or plain (`Answer:`). */
  boldMarkers: boolean;
  /** Where the follow-ups stand: inside the Answer bullet, beside it, or as a paragraph label. */
  followUps: 'nested' | 'sibling' | 'paragraph';
  /** Field labels `**Label:**`, or `*Label:*` for the nested ones. */
  italicChildLabels: boolean;
};

const FOLLOW_UP_LABEL = 'Follow-up Points';

const emphasise = (text: string, style: GuideLayout['prompt']): string =>
  style === 'bold' ? `**${text}**` : style === 'italic' ? `*${text}*` : text;

const marker = (label: string, layout: GuideLayout): string =>
  layout.boldMarkers ? `**${label}:**` : `${label}:`;

const fieldLines = (
  field: AbstractField,
  depth: number,
  layout: GuideLayout,
): string[] => {
  const label =
    depth > 0 && layout.italicChildLabels
      ? `*${field.label}:*`
      : `**${field.label}:**`;

  return [
    `${layout.indent.repeat(depth)}- ${label} ${field.text}`,
    ...field.children.flatMap((child) => fieldLines(child, depth + 1, layout)),
  ];
};

const followUpLines = (
  followUps: string[],
  depth: number,
  layout: GuideLayout,
): string[] => {
  if (followUps.length === 0) {
    return [];
  }
  const pad = layout.indent.repeat(depth);
  if (followUps.length === 1) {
    return [`${pad}- ${marker(FOLLOW_UP_LABEL, layout)} ${followUps[0]}`];
  }

  return [
    `${pad}- ${marker(FOLLOW_UP_LABEL, layout)}`,
    ...followUps.map((text) => `${pad}${layout.indent}- ${text}`),
  ];
};

/** The answer and follow-ups of one question, left-aligned at `depth` indents. */
const answerBlock = (
  question: AbstractQuestion,
  depth: number,
  layout: GuideLayout,
): string[] => {
  const pad = layout.indent.repeat(depth);
  const lines: string[] = [];
  const summary = question.summary === null ? '' : ` ${question.summary}`;
  const nestedFollowUps = layout.followUps === 'nested';
  if (layout.answer === 'bullet') {
    lines.push(`${pad}- ${marker('Answer', layout)}${summary}`);
    lines.push(
      ...question.fields.flatMap((field) =>
        fieldLines(field, depth + 1, layout),
      ),
    );
    if (nestedFollowUps) {
      lines.push(...followUpLines(question.followUps, depth + 1, layout));
    }
  } else {
    lines.push(`${pad}${marker('Answer', layout)}${summary}`);
    if (question.fields.length > 0 || nestedFollowUps) {
      lines.push('');
    }
    lines.push(
      ...question.fields.flatMap((field) => fieldLines(field, depth, layout)),
    );
    if (nestedFollowUps) {
      lines.push(...followUpLines(question.followUps, depth, layout));
    }
  }
  if (layout.followUps === 'sibling') {
    lines.push(...followUpLines(question.followUps, depth, layout));
  } else if (
    layout.followUps === 'paragraph' &&
    question.followUps.length > 0
  ) {
    lines.push(
      '',
      `${pad}${marker(FOLLOW_UP_LABEL, layout)}`,
      '',
      ...question.followUps.map((text) => `${pad}- ${text}`),
    );
  }

  return lines;
};

const numberMarker = (number: number, layout: GuideLayout): string =>
  layout.numbering === '1.'
    ? `${number}.`
    : layout.numbering === '1)'
      ? `${number})`
      : `Q${number}.`;

const isParagraphQuestion = (layout: GuideLayout): boolean =>
  layout.family === 'ordered-list' && layout.numbering === 'Q1.';

/** Column where the content of an ordered item starts, as indents. */
const itemDepth = (layout: GuideLayout): number =>
  layout.numbering === 'Q1.' ? 0 : 1;

const orderedQuestion = (
  question: AbstractQuestion,
  number: number,
  layout: GuideLayout,
): string[] => [
  `${numberMarker(number, layout)} ${emphasise(question.prompt, layout.prompt)}`,
  ...(layout.blankLines ? [''] : []),
  ...answerBlock(question, itemDepth(layout), layout),
];

const rangeQuestion = (
  question: AbstractQuestion,
  number: number,
  layout: GuideLayout,
): string[] => [
  `- **Question ${number}:** ${question.prompt}`,
  ...(layout.blankLines ? [''] : []),
  ...answerBlock(question, 1, layout),
];

/** Markdown of `guide` in `layout`; numbers are returned with the text. */
export const renderGuide = (
  guide: AbstractGuide,
  layout: GuideLayout,
): { text: string; numbers: number[][] } => {
  const heading = (depth: number, text: string): string =>
    `${'#'.repeat(depth)} ${text}`;
  const lines: string[] = [
    '---',
    `term: "${guide.title}"`,
    '---',
    '',
    heading(layout.level - 1 < 2 ? 2 : layout.level - 1, guide.title),
    '',
  ];
  if (guide.requirements.length > 0) {
    lines.push(heading(layout.level, 'Role Requirements'), '');
    guide.requirements.forEach((requirement, index) =>
      lines.push(`${index + 1}. **${requirement.label}:** ${requirement.text}`),
    );
    lines.push('');
  }
  lines.push(heading(layout.level, 'Interview Questions and Answers'), '');
  const numbers: number[][] = [];
  let next = 1;
  for (const section of guide.sections) {
    if (!layout.continueNumbering) {
      next = 1;
    }
    const first = next;
    const sectionNumbers = section.questions.map((_, index) => first + index);
    numbers.push(sectionNumbers);
    next = first + section.questions.length;
    const title =
      layout.family === 'range-headings'
        ? `Question ${first}-${next - 1}: ${section.kind}`
        : section.kind;
    lines.push(heading(layout.level + 1, title), '');
    section.questions.forEach((question, index) => {
      const number = sectionNumbers[index];
      lines.push(
        ...(layout.family === 'range-headings'
          ? rangeQuestion(question, number, layout)
          : orderedQuestion(question, number, layout)),
      );
      // A `Q2.` line right under a list item continues that item's text
      // (CommonMark lazy continuation; it renders that way too), so guides leave a blank line.
      if (layout.blankLines || isParagraphQuestion(layout)) {
        lines.push('');
      }
    });
    lines.push('');
  }
  lines.push(heading(layout.level, 'Conclusion'), '', 'Good luck.', '');
  const text = lines.join('\n');

  return { text: layout.crlf ? text.replace(/\n/g, '\r\n') : text, numbers };
};

/** The abstract field as the parser's `AnswerField`. */
export const expectedField = (field: AbstractField): AnswerField =>
  field.children.length === 0
    ? { label: field.label, text: field.text }
    : {
        label: field.label,
        text: field.text,
        children: field.children.map(expectedField),
      };

/** What a parse must yield for `guide`: questions with kind, number, prompt, answer, follow-ups. */
export const expectedQuestions = (guide: AbstractGuide, numbers: number[][]) =>
  guide.sections.flatMap((section, sectionIndex) =>
    section.questions.map((question, index) => ({
      kind: section.kind,
      number: numbers[sectionIndex][index],
      prompt: question.prompt,
      summary: question.summary,
      fields: question.fields.map(expectedField),
      followUps: question.followUps,
    })),
  );

/** The same view of a parse result, for comparison with {@link expectedQuestions}. */
export const parsedQuestions = (guide: ParsedGuide) =>
  guide.questions.map((question) => ({
    kind: question.kind,
    number: question.number,
    prompt: question.prompt,
    summary: question.answer.summary,
    fields: question.answer.fields,
    followUps: question.followUps,
  }));
