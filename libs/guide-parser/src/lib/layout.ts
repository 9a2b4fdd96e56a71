import { looseText, readLabel } from './inline-text';
import type { Block, Inline, ListBlock } from './markdown-tree';
import {
  hasAnswerEvidence,
  isMarkerParagraph,
  isQuestionContext,
  isQuestionParagraph,
  kindOf,
  readsAsQuestion,
  type Segment,
} from './outline';
import { questionRange } from './question-prompt';
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

/**
 * Finds the question units (headings, list items, bold paragraphs) and what is
 * left over. `asksAnywhere`: the last resort for a guide whose headings never
 * mention questions; lists count only when their first item ends with `?`.
 */
export const layOut = (segments: Segment[], asksAnywhere = false): Layout => {
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
      isQuestionContext(segment, asksAnywhere)
        ? inlineUnits(segment, units, kinds, asksAnywhere)
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
    warnings: [
      ...emptyHeadingWarnings(segments, loose, kinds),
      ...rangeWarnings(segments, units),
    ],
  };
};

// `Question 11-20` promises ten questions; say so when another count was found.
const rangeWarnings = (
  segments: Segment[],
  units: QuestionUnit[],
): GuideWarning[] =>
  segments.flatMap((segment) => {
    const range = questionRange(segment.text);
    const heading = segment.heading;
    if (range === null || heading === null || range.to < range.from) {
      return [];
    }
    const end = segmentEnd(segments, segment);
    const found = units.filter(
      (unit) => unit.line > heading.line && unit.line <= end,
    ).length;
    const named = range.to - range.from + 1;

    return found === named
      ? []
      : [
          {
            line: heading.line,
            message: `Heading "${segment.text}" names ${named} questions but ${found} were found under it`,
          },
        ];
  });

// Last line before the next heading at the same or a higher level.
const segmentEnd = (segments: Segment[], segment: Segment): number => {
  const index = segments.indexOf(segment);
  const next = segments
    .slice(index + 1)
    .find((later) => later.heading !== null && later.depth <= segment.depth);

  return (next?.heading?.line ?? Number.MAX_SAFE_INTEGER) - 1;
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
  asksOnly: boolean,
): Block[] => {
  const rest: Block[] = [];
  const kind = kindOf(segment);
  let open: QuestionUnit | null = null;
  // A list question takes the blocks after its list only when they start an
  // answer its item lacks (its answer indented less than the item's text).
  let takesAnything = false;
  const add = (unit: QuestionUnit): void => {
    units.push(unit);
    kinds.add(segment);
  };
  for (const block of segment.blocks) {
    if (
      open !== null &&
      (endsWithBareMarker(open.body) ||
        (!takesAnything &&
          open.body.length > 0 &&
          awaitsAnswer(open.body, block) &&
          !opensWithQuestion(block)))
    ) {
      // `Follow-up Points:` alone: the list below is its content, even if it asks.
      open.body.push(block);
      open.endLine = Math.max(open.endLine, block.endLine);
      takesAnything = true;
    } else if (isQuestionParagraph(block) && block.type === 'paragraph') {
      open = {
        marker: block.inline,
        listNumber: null,
        kind,
        body: [],
        line: block.line,
        endLine: block.endLine,
      };
      takesAnything = true;
      add(open);
    } else if (
      block.type === 'list' &&
      isQuestionList(block) &&
      (!asksOnly || asks(block))
    ) {
      for (const item of block.items) {
        const [first, ...body] = item.blocks;
        const marker =
          first?.type === 'paragraph' ? first.inline : { source: '' };
        open = {
          marker,
          listNumber: item.number,
          kind,
          body: first?.type === 'paragraph' ? body : item.blocks,
          line: item.line,
          endLine: item.endLine,
        };
        add(open);
      }
      takesAnything = false;
    } else if (
      open !== null &&
      (takesAnything || awaitsAnswer(open.body, block))
    ) {
      open.body.push(block);
      open.endLine = Math.max(open.endLine, block.endLine);
      takesAnything = true;
    } else {
      open = null;
      rest.push(block);
    }
  }

  return rest;
};

const asks = (list: ListBlock): boolean => {
  const first = list.items[0]?.blocks[0];

  return first?.type === 'paragraph' && looseText(first.inline).endsWith('?');
};

const opensWithQuestion = (block: Block): boolean =>
  block.type === 'list'
    ? readsAsQuestion(block.items[0]?.blocks[0])
    : isQuestionParagraph(block);

const endsWithBareMarker = (body: Block[]): boolean => {
  const last = body.at(-1);

  return (
    last?.type === 'paragraph' &&
    isMarkerParagraph(last) &&
    readLabel(last.inline)?.rest === ''
  );
};

// The item holds nothing, or only an `Answer:` / `Follow-up Points:` line
// whose content was written below the list.
const awaitsAnswer = (body: Block[], next: Block): boolean =>
  body.every(
    (block) => block.type === 'paragraph' && isMarkerParagraph(block),
  ) &&
  (body.length > 0 || hasAnswerEvidence([next]));

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
