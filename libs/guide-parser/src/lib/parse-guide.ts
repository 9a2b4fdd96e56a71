import { readQuestionBody } from './answer';
import { splitFrontmatter } from './frontmatter';
import { GuideParseError } from './guide-parse-error';
import { layOut, type QuestionUnit } from './layout';
import { parseBlocks, type Block } from './markdown-tree';
import { buildOutline, type Segment } from './outline';
import { buildProfile } from './profile';
import { splitNumberedPrompt } from './question-prompt';
import {
  assertReadable,
  contentHash,
  normaliseText,
  replaceNul,
} from './text-input';
import type {
  GuideWarning,
  ParsedGuide,
  ParsedQuestion,
  ParseGuideOptions,
} from './types';
import {
  isContainerHeading,
  isKindLikeHeading,
  kindKeyOf,
  slugify,
} from './vocabulary';

/**
 * Parses one interview guide (Markdown with YAML frontmatter) into a typed document.
 * Structure it cannot fully understand is reported in `warnings` with its line.
 *
 * @throws {GuideParseError} for unusable input: invalid frontmatter, no questions,
 * binary content, or more than 2 MB.
 */
export const parseGuide = (
  text: string,
  options: ParseGuideOptions = {},
): ParsedGuide => {
  assertReadable(text);
  const normalised = normaliseText(text);
  const { frontmatter, body, bodyLine, warnings } = splitFrontmatter(
    replaceNul(normalised),
  );
  const blocks = parseBlocks(body, bodyLine);
  warnings.push(...unclosedFenceWarnings(blocks));
  const segments = buildOutline(blocks, frontmatter.title);
  let layout = layOut(segments);
  if (layout.units.length === 0) {
    // A guide that holds questions is never refused for the words of its headings.
    layout = layOut(segments, true);
    if (layout.units.length > 0) {
      warnings.push({
        line: layout.units[0].line,
        message:
          'No heading mentions questions; numbered items phrased as questions were read as questions',
      });
    }
  }
  warnings.push(...layout.warnings);
  if (layout.units.length === 0) {
    throw new GuideParseError(
      'NO_QUESTIONS',
      questionsHeadingLine(segments, bodyLine),
      noQuestionsReason,
    );
  }
  const questions = layout.units.map((unit) => buildQuestion(unit, warnings));
  warnings.push(...numberingWarnings(questions));
  const profile = buildProfile(
    layout.loose,
    questions[0].lines.start,
    frontmatter.description === null,
  );
  const fileStem = stemOf(options.fileName);
  const title =
    frontmatter.title ??
    segments.find((segment) => segment.isTitle)?.text ??
    (fileStem === null ? null : humanise(fileStem) || null) ??
    'Untitled guide';

  return {
    title,
    slug: slugify(frontmatter.slug ?? fileStem ?? title) || 'guide',
    frontmatter: {
      title,
      description: frontmatter.description ?? profile.intro,
      category: frontmatter.category,
      vertical: frontmatter.vertical,
      tags: frontmatter.tags,
      author: frontmatter.author,
      publishedOn: frontmatter.publishedOn,
      modifiedOn: frontmatter.modifiedOn,
      extra: frontmatter.extra,
    },
    profile: { sections: profile.sections },
    questions,
    warnings: warnings.sort((a, b) => a.line - b.line),
    contentHash: contentHash(normalised),
  };
};

// Says only what is read: list questions need a heading that mentions
// questions above them, or must end with "?" (a list elsewhere is role profile).
const noQuestionsReason =
  'no questions found: expected question headings ("Question 1: ...", "Q1: ...", "1. ..."), ' +
  'headings phrased as questions, questions written as list items or bold paragraphs ' +
  'under a heading that mentions questions ("Interview Questions", "Technical Questions"), ' +
  'or, under any other heading, list items ending with "?"';

// Numbering may restart at 1 (per kind) but should not skip or go back:
// a gap usually means a question the parser did not see.
const numberingWarnings = (questions: ParsedQuestion[]): GuideWarning[] => {
  const warnings: GuideWarning[] = [];
  let previous: number | null = null;
  for (const question of questions) {
    const number = question.number;
    if (number === null) {
      continue;
    }
    if (previous !== null && number !== previous + 1 && number !== 1) {
      warnings.push({
        line: question.lines.start,
        message:
          number > previous + 1
            ? `Question numbering jumps from ${previous} to ${number}; check for a question that was not read`
            : `Question numbering goes back from ${previous} to ${number}`,
      });
    }
    previous = number;
  }

  return warnings;
};

const buildQuestion = (
  unit: QuestionUnit,
  warnings: GuideWarning[],
): ParsedQuestion => {
  const numbered = splitNumberedPrompt(unit.marker, unit.listNumber);
  const body = readQuestionBody(unit.body, numbered.prompt === '', warnings);
  const prompt = numbered.prompt === '' ? (body.prompt ?? '') : numbered.prompt;
  if (prompt === '') {
    warnings.push({ line: unit.line, message: 'Question without a prompt' });
  }
  const responses = body.followUps.responsesIfAny();

  return {
    kind: unit.kind,
    kindKey: kindKeyOf(unit.kind),
    number: numbered.number,
    prompt,
    context: body.context,
    answer: body.answer,
    followUps: [...body.followUps.prompts],
    ...(responses === undefined ? {} : { followUpResponses: responses }),
    lines: { start: unit.line, end: unit.endLine },
  };
};

const unclosedFenceWarnings = (blocks: Block[]): GuideWarning[] =>
  blocks.flatMap((block) => {
    if (block.type === 'code' && !block.closed) {
      return [
        {
          line: block.line,
          message:
            'Code block is never closed; it runs to the end of the guide',
        },
      ];
    }

    return block.type === 'list'
      ? block.items.flatMap((item) => unclosedFenceWarnings(item.blocks))
      : [];
  });

// Where the questions were expected: the questions heading, else the first heading.
const questionsHeadingLine = (segments: Segment[], fallback: number): number =>
  (
    segments.find(
      (segment) =>
        !segment.isTitle &&
        (isContainerHeading(segment.text) || isKindLikeHeading(segment.text)),
    ) ?? segments.find((segment) => segment.heading !== null)
  )?.heading?.line ?? fallback;

const stemOf = (fileName: string | undefined): string | null => {
  const base = fileName
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/\.(?:md|markdown|mdx|txt)$/i, '')
    .trim();

  return base === undefined || base === '' ? null : base;
};

const humanise = (stem: string): string =>
  stem
    .split(/[-_\s]+/)
    .filter((word) => word !== '')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
