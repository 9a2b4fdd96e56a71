import {
  isWhollyEmphasised,
  looseText,
  plainText,
  readLabel,
  unwrap,
} from './inline-text';
import type { Block, HeadingBlock, Inline } from './markdown-tree';
import { questionRange, splitNumberedPrompt } from './question-prompt';
import {
  isAnswerMarker,
  isContainerHeading,
  isFollowUpMarker,
  isKindLikeHeading,
  isKnownFieldLabel,
  isProfileLikeHeading,
  mentionsQuestions,
  startsLikeQuestion,
} from './vocabulary';

/** A heading and the blocks up to the next heading of any level. */
export type Segment = {
  heading: HeadingBlock | null;
  /** Heading text without markup ('' for the content before the first heading). */
  text: string;
  depth: number;
  parent: Segment | null;
  blocks: Block[];
  hasChildren: boolean;
  isTitle: boolean;
  isQuestion: boolean;
  /** Taken into the body of a question above it. */
  consumed: boolean;
};

const QUESTION_THRESHOLD = 3;
const EMPTY_INLINE: Inline = { source: '' };

/** Cuts the document into heading segments and decides which headings are questions. */
export const buildOutline = (
  blocks: Block[],
  frontmatterTitle: string | null,
): Segment[] => {
  const segments: Segment[] = [];
  const stack: Segment[] = [];
  let current = newSegment(null, null);
  segments.push(current);
  for (const block of blocks) {
    if (block.type !== 'heading') {
      current.blocks.push(block);
      continue;
    }
    while (stack.length > 0 && stack[stack.length - 1].depth >= block.depth) {
      stack.pop();
    }
    const parent = stack.at(-1) ?? null;
    if (parent !== null) {
      parent.hasChildren = true;
    }
    current = newSegment(block, parent);
    segments.push(current);
    stack.push(current);
  }
  markTitle(segments, frontmatterTitle);
  segments.forEach((segment, index) => {
    segment.isQuestion =
      segment.heading !== null &&
      !segment.isTitle &&
      scoreHeading(segment, segments[index + 1]) >= QUESTION_THRESHOLD;
  });
  if (frontmatterTitle === null) {
    // Without frontmatter the first heading names the guide, unless it is clearly a question.
    const first = segments.find((segment) => segment.heading !== null);
    if (
      first !== undefined &&
      !first.isQuestion &&
      !isKindLikeHeading(first.text)
    ) {
      first.isTitle = true;
    }
  }

  return segments;
};

const newSegment = (
  heading: HeadingBlock | null,
  parent: Segment | null,
): Segment => ({
  heading,
  text: heading === null ? '' : unwrap(heading.inline),
  depth: heading?.depth ?? 0,
  parent,
  blocks: [],
  hasChildren: false,
  isTitle: false,
  isQuestion: false,
  consumed: false,
});

const comparable = (text: string): string =>
  text
    .replace(/[*_`#]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const markTitle = (
  segments: Segment[],
  frontmatterTitle: string | null,
): void => {
  if (frontmatterTitle === null) {
    return;
  }
  const title = comparable(frontmatterTitle);
  const match = segments.find(
    (segment) => segment.heading !== null && comparable(segment.text) === title,
  );
  if (match !== undefined) {
    match.isTitle = true;
  }
};

// Whether a heading is a question is inferred, not tied to a level: numbering
// ("Question 3", "Q3", "3."), a question mark or question word, an answer right
// below it, and a parent that talks about questions all add up; kind, container
// and profile wording counts against it. 3 points make a question.
const scoreHeading = (segment: Segment, next: Segment | undefined): number => {
  const plain = plainText(segment.heading?.inline ?? EMPTY_INLINE);
  const numbered = splitNumberedPrompt(segment.heading?.inline ?? EMPTY_INLINE);
  if (
    isFollowUpMarker(plain) ||
    isAnswerMarker(plain) ||
    questionRange(plain) !== null
  ) {
    return 0;
  }
  let score = 0;
  if (numbered.hasQuestionMarker) {
    score += 3;
  } else if (numbered.hasNumber) {
    score += 2;
  }
  if (
    !numbered.hasQuestionMarker &&
    (isKindLikeHeading(plain) ||
      isProfileLikeHeading(plain) ||
      isContainerHeading(plain))
  ) {
    score -= 5;
  }
  if (plain.endsWith('?')) {
    score += 2;
  }
  if (startsLikeQuestion(numbered.prompt)) {
    score += 1;
  }
  const hasBody =
    hasAnswerEvidence(segment.blocks) ||
    (next !== undefined && isAnswerHeading(next));
  if (hasBody) {
    score += 2;
  }
  const parent = segment.parent;
  if (parent !== null) {
    if (parent.isQuestion) {
      score -= 3;
    } else if (isProfileLikeHeading(parent.text)) {
      score -= 2;
    } else if (mentionsQuestions(parent.text)) {
      score += 1;
      if (!hasBody && contentless(segment.blocks)) {
        score += 1;
      }
    }
  }

  return score;
};

const isAnswerHeading = (segment: Segment): boolean =>
  isAnswerMarker(segment.text) || isFollowUpMarker(segment.text);

const contentless = (blocks: Block[]): boolean =>
  blocks.every(
    (block) =>
      block.type === 'rule' || (block.type === 'raw' && block.isComment),
  );

/** An Answer marker, a follow-up list or a known answer field right under the heading. */
export const hasAnswerEvidence = (blocks: Block[]): boolean =>
  blocks.some((block) => {
    if (block.type === 'paragraph') {
      return isAnswerLabel(block);
    }
    if (block.type === 'list') {
      return block.items.some((item) => {
        const first = item.blocks[0];

        return first?.type === 'paragraph' && isAnswerLabel(first);
      });
    }

    return false;
  });

const isAnswerLabel = (block: Block & { type: 'paragraph' }): boolean => {
  const label = readLabel(block.inline);

  return (
    label !== null &&
    (isAnswerMarker(label.label) ||
      isFollowUpMarker(label.label) ||
      (label.hasColon && isKnownFieldLabel(label.label)))
  );
};

/** A paragraph that is an `Answer:` or follow-up label, with or without inline text. */
export const isMarkerParagraph = (block: Block): boolean => {
  if (block.type !== 'paragraph') {
    return false;
  }
  const label = readLabel(block.inline);

  return (
    label !== null &&
    (label.hasColon || label.rest === '') &&
    (isAnswerMarker(label.label) || isFollowUpMarker(label.label))
  );
};

/**
 * Whether question lists and bold question paragraphs are looked for in this
 * segment. `anywhere`: outside profile sections even when no heading mentions questions.
 */
export const isQuestionContext = (
  segment: Segment,
  anywhere = false,
): boolean => {
  if (segment.isQuestion || isProfileLikeHeading(segment.text)) {
    return false;
  }
  let mentions = mentionsQuestions(segment.text);
  for (let parent = segment.parent; parent !== null; parent = parent.parent) {
    if (parent.isTitle) {
      continue;
    }
    if (isProfileLikeHeading(parent.text)) {
      return false;
    }
    mentions ||= mentionsQuestions(parent.text);
  }

  return mentions || anywhere;
};

/** A list item or paragraph that reads as a question (bold text, `?`, numbering, question word). */
export const readsAsQuestion = (block: Block | undefined): boolean => {
  if (block?.type !== 'paragraph') {
    return false;
  }
  const text = looseText(block.inline);
  const label = readLabel(block.inline);
  const numbered = splitNumberedPrompt(block.inline);
  if (numbered.hasQuestionMarker) {
    return true;
  }
  if (
    label !== null &&
    label.hasColon &&
    (label.rest === '' ||
      isKnownFieldLabel(label.label) ||
      isAnswerMarker(label.label) ||
      isFollowUpMarker(label.label))
  ) {
    return false;
  }
  // `**Experience with CI/CD Tooling:** Familiarity with ...` states a
  // requirement; a question is a sentence that asks.
  if (
    label !== null &&
    label.hasColon &&
    !label.label.endsWith('?') &&
    !label.rest.endsWith('?')
  ) {
    return false;
  }

  return (
    (isWhollyEmphasised(block.inline) && !text.endsWith(':')) ||
    text.endsWith('?') ||
    startsLikeQuestion(numbered.prompt)
  );
};

/** A paragraph that starts a question on its own (`**Question 2: ...**`, `**3. How ...?**`). */
export const isQuestionParagraph = (block: Block): boolean => {
  if (block.type !== 'paragraph') {
    return false;
  }
  const numbered = splitNumberedPrompt(block.inline);
  const text = looseText(block.inline);

  return (
    numbered.hasQuestionMarker ||
    (isWhollyEmphasised(block.inline) &&
      (text.endsWith('?') || numbered.hasNumber))
  );
};

/** Kind of the questions under `segment`: its text, unless it is a title, container or profile heading. */
export const kindOf = (segment: Segment | null): string | null => {
  if (segment === null || segment.heading === null || segment.isTitle) {
    return null;
  }
  const range = questionRange(segment.text);
  if (range !== null) {
    return range.name === '' ? kindOf(segment.parent) : range.name;
  }
  if (
    isContainerHeading(segment.text) ||
    (isProfileLikeHeading(segment.text) && !isKindLikeHeading(segment.text))
  ) {
    return null;
  }

  return segment.text;
};
