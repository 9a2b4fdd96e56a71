import { Document, isSeq } from 'yaml';

import type {
  AnswerField,
  ParsedGuide,
  ParsedQuestion,
  ProfileSection,
} from './types';

const PROFILE_HEADING =
  'Overview of Certifications, Educational Background, and Industry Qualifications';
const QUESTIONS_HEADING = 'Interview Questions and Answers';

/**
 * Writes a parsed guide back to Markdown in the reference format
 * (frontmatter, profile sections, `##### Question N:` headings, labelled
 * answer fields, follow-up points). `parseGuide` of the result yields the
 * same document apart from line numbers, warnings and the content hash.
 */
export const exportGuide = (doc: ParsedGuide): string => {
  const blocks: string[] = [frontmatterBlock(doc), `## ${oneLine(doc.title)}`];
  const before = doc.profile.sections.filter(
    (section) => section.position === 'before-questions',
  );
  const after = doc.profile.sections.filter(
    (section) => section.position === 'after-questions',
  );
  if (before.length > 0) {
    blocks.push(
      `### ${PROFILE_HEADING}`,
      ...before.map((section) => sectionBlock(section, '####')),
    );
  }
  blocks.push(`### ${QUESTIONS_HEADING}`);
  let kind: string | null = null;
  for (const question of doc.questions) {
    if (question.kind !== kind) {
      // A question without kind after a kind heading needs the container again to end that kind.
      blocks.push(
        question.kind === null
          ? `### ${QUESTIONS_HEADING}`
          : `#### ${oneLine(question.kind)}`,
      );
      kind = question.kind;
    }
    blocks.push(...questionBlocks(question));
  }
  blocks.push(...after.map((section) => sectionBlock(section, '###')));

  return `${blocks.join('\n\n')}\n`;
};

const frontmatterBlock = (doc: ParsedGuide): string => {
  const { frontmatter } = doc;
  const data: Record<string, unknown> = {};
  const put = (key: string, value: unknown): void => {
    if (value !== null && value !== undefined) {
      data[key] = value;
    }
  };
  put('term', doc.title);
  put('description', frontmatter.description);
  put('category', frontmatter.category);
  put('vertical', frontmatter.vertical);
  put('pubDate', frontmatter.publishedOn);
  put('modDate', frontmatter.modifiedOn);
  put('author', frontmatter.author);
  for (const [key, value] of Object.entries(frontmatter.extra)) {
    data[key] = value;
  }
  put('tags', frontmatter.tags.length > 0 ? frontmatter.tags : null);
  put('slug', doc.slug);
  const yaml = new Document(data);
  const tags = yaml.get('tags', true);
  if (isSeq(tags)) {
    tags.flow = true;
  }

  return `---\n${yaml.toString({ lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---`;
};

const sectionBlock = (section: ProfileSection, level: string): string => {
  const lines = [`${level} ${oneLine(section.title)}`, ''];
  for (const item of section.items) {
    const plain = item.details.length === 0 || /[*_:]/.test(item.label);
    lines.push(...listItem('-', plain ? item.label : `**${item.label}:**`, ''));
    for (const detail of item.details) {
      lines.push(...listItem('-', detail, '  '));
    }
  }
  if (section.items.length > 0 && section.notes.length > 0) {
    lines.push('');
  }

  return [...lines, section.notes.join('\n\n')].join('\n').trimEnd();
};

const questionBlocks = (question: ParsedQuestion): string[] => {
  const numbering =
    question.number === null ? 'Question:' : `Question ${question.number}:`;
  const blocks = [`##### ${numbering} ${oneLine(question.prompt)}`.trimEnd()];
  if (question.context !== null) {
    blocks.push(question.context);
  }
  const { summary, fields, parts } = question.answer;
  const hasAnswer = summary !== null || fields.length > 0 || parts.length > 0;
  // Prose context without any answer would read back as the answer itself, so
  // the (empty) Answer marker is written whenever there is context.
  if (
    !hasAnswer &&
    question.followUps.length === 0 &&
    question.context === null
  ) {
    return blocks;
  }
  const lines = labelledItem('-', 'Answer', summary ?? undefined, '');
  for (const field of fields) {
    lines.push(...fieldLines(field, '-', '  '));
  }
  for (const part of parts) {
    lines.push(...labelledItem('-', part.title, undefined, '  '));
    for (const field of part.fields) {
      lines.push(...fieldLines(field, '-', '    '));
    }
  }
  if (question.followUps.length > 0) {
    lines.push(...labelledItem('-', 'Follow-up points', undefined, '  '));
    question.followUps.forEach((followUp, index) => {
      lines.push(...listItem('-', followUp, '    '));
      const response = question.followUpResponses?.[index] ?? null;
      if (response !== null) {
        lines.push(...listItem('-', response, '      '));
      }
    });
  }
  blocks.push(lines.join('\n'));

  return blocks;
};

const fieldLines = (
  field: AnswerField,
  marker: string,
  indent: string,
): string[] => {
  const lines =
    field.label === ''
      ? listItem(marker, field.text ?? '', indent)
      : labelledItem(marker, field.label, field.text, indent);
  const inner = indent + ' '.repeat(marker.length + 1);
  const nestedMarker = (index: number): string =>
    field.ordered === true ? `${index + 1}.` : '-';
  field.items?.forEach((item, index) =>
    lines.push(...listItem(nestedMarker(index), item, inner)),
  );
  field.children?.forEach((child, index) =>
    lines.push(...fieldLines(child, nestedMarker(index), inner)),
  );

  return lines;
};

// `- **Label:** first paragraph`, further blocks indented below after a blank line.
const labelledItem = (
  marker: string,
  label: string,
  text: string | undefined,
  indent: string,
): string[] => {
  const [first, rest] = splitFirstParagraph(text);
  const lines = [
    `${indent}${marker} **${label}:**${first === null ? '' : ` ${first}`}`,
  ];
  if (rest !== null) {
    lines.push(
      '',
      ...indentLines(rest, indent + ' '.repeat(marker.length + 1)),
    );
  }

  return lines;
};

// A list item whose text may span several blocks (paragraphs, fences).
const listItem = (marker: string, text: string, indent: string): string[] => {
  const inner = indent + ' '.repeat(marker.length + 1);
  const [first, ...rest] = indentLines(text, inner);

  return [`${indent}${marker} ${first.slice(inner.length)}`.trimEnd(), ...rest];
};

const splitFirstParagraph = (
  text: string | undefined,
): [string | null, string | null] => {
  if (text === undefined || text === '') {
    return [null, null];
  }
  const end = text.indexOf('\n\n');
  const first = end < 0 ? text : text.slice(0, end);
  if (first.includes('\n') || /^(?:`{3,}|~{3,})/.test(first)) {
    return [null, text];
  }

  return [first, end < 0 ? null : text.slice(end + 2)];
};

const indentLines = (text: string, indent: string): string[] =>
  text.split('\n').map((line) => (line === '' ? '' : `${indent}${line}`));

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();
