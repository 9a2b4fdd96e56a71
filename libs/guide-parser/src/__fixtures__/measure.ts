import { isDeepStrictEqual } from 'node:util';

import {
  GuideParseError,
  parseGuide,
  type ParsedGuide,
} from '@panelwise/guide-parser';

/** What a guide should yield, as far as the measure looks. */
export type TruthQuestion = {
  kind: string | null;
  number: number | null;
  prompt: string;
  /** Compared with the parse's answer view; null when the question has no model answer. */
  answer: unknown;
  followUps: number;
};
export type TruthGuide = {
  name: string;
  text: string;
  questions: TruthQuestion[];
  /** The answer view of a parsed question, comparable with `TruthQuestion.answer`. */
  answerOf: (question: ParsedGuide['questions'][number]) => unknown;
};

export type Figures = {
  guides: number;
  questions: number;
  /** Share of the expected questions found (same kind, number and prompt). */
  questionsFound: number;
  /** Share of the questions found that were expected. */
  precision: number;
  /** Share of the expected model answers attached, whole, to their question. */
  answersAttached: number;
  /** Share of the expected follow-ups found on their question. */
  followUps: number;
  /** Guides that hold questions but were refused. */
  refused: string[];
};

const key = (question: {
  kind: string | null;
  number: number | null;
  prompt: string;
}): string => JSON.stringify([question.kind, question.number, question.prompt]);

/** Parses every guide and compares it with its truth. */
export const measure = (guides: TruthGuide[]): Figures => {
  let expected = 0;
  let found = 0;
  let matched = 0;
  let answers = 0;
  let attached = 0;
  let followUps = 0;
  let followUpsFound = 0;
  const refused: string[] = [];
  for (const guide of guides) {
    expected += guide.questions.length;
    answers += guide.questions.filter(
      (question) => question.answer !== null,
    ).length;
    followUps += guide.questions.reduce(
      (sum, question) => sum + question.followUps,
      0,
    );
    let parsed: ParsedGuide;
    try {
      parsed = parseGuide(guide.text, { fileName: guide.name });
    } catch (error) {
      if (error instanceof GuideParseError && guide.questions.length > 0) {
        refused.push(guide.name);
        continue;
      }
      throw error;
    }
    found += parsed.questions.length;
    const byKey = new Map(
      parsed.questions.map((question) => [key(question), question]),
    );
    for (const truth of guide.questions) {
      const question = byKey.get(key(truth));
      if (question === undefined) {
        continue;
      }
      matched += 1;
      if (
        truth.answer !== null &&
        isDeepStrictEqual(guide.answerOf(question), truth.answer)
      ) {
        attached += 1;
      }
      followUpsFound += Math.min(question.followUps.length, truth.followUps);
    }
  }
  const share = (part: number, whole: number): number =>
    whole === 0 ? 1 : part / whole;

  return {
    guides: guides.length,
    questions: expected,
    questionsFound: share(matched, expected),
    precision: share(matched, found),
    answersAttached: share(attached, answers),
    followUps: share(followUpsFound, followUps),
    refused,
  };
};
