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
  const layout = layOut(segments);
  warnings.push(...layout.warnings);
  if (layout.units.length === 0) {
    throw new GuideParseError(
      'NO_QUESTIONS',
      questionsHeadingLine(segments, bodyLine),
      noQuestionsReason,
    );
  }
  const questions = layout.units.map((unit) => buildQuestion(unit, warnings));
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

const noQuestionsReason =
  'no questions found: expected question headings ("Question 1: ...", "Q1: ...", "1. ..."), ' +
  'headings phrased as questions under a questions section, or a numbered list of bold questions';

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
        isContainerHeading(segment.text) || isKindLikeHeading(segment.text),
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
