import type { Block, Inline, ListBlock } from './markdown-tree';
import {
  isQuestionContext,
  isQuestionParagraph,
  kindOf,
  readsAsQuestion,
  type Segment,
} from './outline';
import type { GuideWarning } from './types';
import { isAnswerMarker, isFollowUpMarker } from './vocabulary';

/** The Markdown of one question before its answer is read. */
export type QuestionUnit = {
  /** The question marker: heading text, first paragraph of a list item, or a bold paragraph. */
  marker: Inline;
  /** Number of the ordered list item the question is written as. */
  listNumber: number | null;
  kind: string | null;
  /** Blocks after the marker; sub-headings included. */
  body: Block[];
  line: number;
  endLine: number;
};

/** Content outside the questions, to become the role profile. */
export type LooseContent = { segment: Segment; blocks: Block[] };

export type Layout = {
  units: QuestionUnit[];
  loose: LooseContent[];
  warnings: GuideWarning[];
};

/** Finds the question units (headings, list items, bold paragraphs) and what is left over. */
export const layOut = (segments: Segment[]): Layout => {
  const units: QuestionUnit[] = [];
  const loose: LooseContent[] = [];
  const kinds = new Set<Segment>();
  segments.forEach((segment, index) => {
    if (segment.consumed) {
      return;
    }
    if (segment.isQuestion) {
      const kindSegment = nearestKindSegment(segments, index);
      if (kindSegment !== null) {
        kinds.add(kindSegment);
      }
      units.push(headingUnit(segments, index, kindOf(kindSegment)));

      return;
    }
    const rest = (
      isQuestionContext(segment)
        ? inlineUnits(segment, units, kinds)
        : segment.blocks
    ).filter(
      (block) =>
        block.type !== 'rule' && !(block.type === 'raw' && block.isComment),
    );
    if (rest.length > 0) {
      loose.push({ segment, blocks: rest });
    }
  });

  return {
    units,
    loose,
    warnings: emptyHeadingWarnings(segments, loose, kinds),
  };
};

const nearestKindSegment = (
  segments: Segment[],
  index: number,
): Segment | null => {
  const depth = segments[index].depth;
  for (let i = index - 1; i >= 0; i -= 1) {
    const candidate = segments[i];
    if (
      candidate.heading !== null &&
      !candidate.isQuestion &&
      !candidate.consumed &&
      candidate.depth <= depth
    ) {
      return candidate;
    }
  }

  return null;
};

const headingUnit = (
  segments: Segment[],
  index: number,
  kind: string | null,
): QuestionUnit => {
  const segment = segments[index];
  const body = [...segment.blocks];
  for (let i = index + 1; i < segments.length; i += 1) {
    const sub = segments[i];
    // "#### Follow-up Questions" at the level of the question still belongs to it.
    const isMarker = isFollowUpMarker(sub.text) || isAnswerMarker(sub.text);
    if (
      sub.isQuestion ||
      sub.heading === null ||
      (sub.depth <= segment.depth && !isMarker)
    ) {
      break;
    }
    sub.consumed = true;
    body.push(sub.heading, ...sub.blocks);
  }
  const heading = segment.heading;
  const line = heading?.line ?? 1;

  return {
    marker: heading?.inline ?? { source: '' },
    listNumber: null,
    kind,
    body,
    line,
    endLine: body.reduce(
      (max, block) => Math.max(max, block.endLine),
      heading?.endLine ?? line,
    ),
  };
};

// Questions written as list items or bold paragraphs under a kind heading.
const inlineUnits = (
  segment: Segment,
  units: QuestionUnit[],
  kinds: Set<Segment>,
): Block[] => {
  const rest: Block[] = [];
  const kind = kindOf(segment);
  let open: QuestionUnit | null = null;
  const add = (unit: QuestionUnit): void => {
    units.push(unit);
    kinds.add(segment);
  };
  for (const block of segment.blocks) {
    if (isQuestionParagraph(block) && block.type === 'paragraph') {
      open = {
        marker: block.inline,
        listNumber: null,
        kind,
        body: [],
        line: block.line,
        endLine: block.endLine,
      };
      add(open);
    } else if (open !== null) {
      open.body.push(block);
      open.endLine = Math.max(open.endLine, block.endLine);
    } else if (block.type === 'list' && isQuestionList(block)) {
      for (const item of block.items) {
        const [first, ...body] = item.blocks;
        const marker =
          first?.type === 'paragraph' ? first.inline : { source: '' };
        add({
          marker,
          listNumber: item.number,
          kind,
          body: first?.type === 'paragraph' ? body : item.blocks,
          line: item.line,
          endLine: item.endLine,
        });
      }
    } else {
      rest.push(block);
    }
  }

  return rest;
};

// A list opened by a question, or mostly made of them; text appended after
// the last item must not turn earlier questions back into plain text.
const isQuestionList = (list: ListBlock): boolean => {
  const questions = list.items.filter((item) =>
    readsAsQuestion(item.blocks[0]),
  ).length;

  return (
    readsAsQuestion(list.items[0]?.blocks[0]) ||
    (questions > 0 && questions * 2 >= list.items.length)
  );
};

const emptyHeadingWarnings = (
  segments: Segment[],
  loose: LooseContent[],
  kinds: Set<Segment>,
): GuideWarning[] => {
  const withContent = new Set(loose.map((entry) => entry.segment));

  return segments
    .filter(
      (segment) =>
        segment.heading !== null &&
        !segment.isQuestion &&
        !segment.consumed &&
        !segment.isTitle &&
        !segment.hasChildren &&
        !kinds.has(segment) &&
        !withContent.has(segment) &&
        segment.blocks.every(
          (block) =>
            block.type === 'rule' || (block.type === 'raw' && block.isComment),
        ),
    )
    .map((segment) => ({
      line: segment.heading?.line ?? 1,
      message: `Heading "${segment.text}" has no content and was not recognised as a question; ignored`,
    }));
};
