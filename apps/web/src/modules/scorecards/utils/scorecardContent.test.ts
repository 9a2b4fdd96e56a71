import { describe, expect, it } from 'vitest';

import { submissionProblems } from '@panelwise/domain-scorecard';

import {
  addToEvidence,
  addToSummary,
  appendParagraph,
  problemsByField,
  sameContent,
  setEvidence,
  setLevel,
  setQuestionRating,
  toContent,
} from './scorecardContent';

const rubric = {
  competencies: [
    { id: 'depth', name: 'Technical depth', description: '', anchors: [] },
    { id: 'comms', name: 'Communication', description: '', anchors: [] },
  ],
  scale: [
    { level: 1, label: 'Strong no' },
    { level: 2, label: 'No' },
    { level: 3, label: 'Yes' },
    { level: 4, label: 'Strong yes' },
  ],
};

describe(toContent.name, () => {
  it('should give every competency a rating, in rubric order, keeping stored ones', () => {
    const content = toContent(rubric, {
      ratings: [
        { competencyId: 'comms', level: 3, notAssessed: false, evidence: 'x' },
      ],
      questionRatings: [],
      recommendation: 'YES',
      summary: 'Good',
    });

    expect(content.ratings.map((rating) => rating.competencyId)).toEqual([
      'depth',
      'comms',
    ]);
    expect(content.ratings[0]).toEqual({
      competencyId: 'depth',
      level: null,
      notAssessed: false,
      evidence: '',
    });
    expect(content.ratings[1]?.level).toBe(3);
  });
});

describe(setLevel.name, () => {
  it('should make a level and "not assessed" exclude each other', () => {
    const rated = setLevel(toContent(rubric, null), 'depth', 4);
    const notAssessed = setLevel(rated, 'depth', 'not-assessed');

    expect(rated.ratings[0]).toMatchObject({ level: 4, notAssessed: false });
    expect(notAssessed.ratings[0]).toMatchObject({
      level: null,
      notAssessed: true,
    });
  });

  it('should ask for evidence on an extreme level when checked for submission', () => {
    let content = setLevel(toContent(rubric, null), 'depth', 4);
    content = setLevel(content, 'comms', 'not-assessed');
    content = { ...content, recommendation: 'YES' };

    const problems = problemsByField(submissionProblems(rubric, content));
    expect([...problems.keys()]).toEqual(['ratings.depth.evidence']);

    const withEvidence = setEvidence(content, 'depth', 'Explained MVCC');
    expect(submissionProblems(rubric, withEvidence)).toEqual([]);
  });
});

describe(setQuestionRating.name, () => {
  it('should replace a question rating, and clear it with null', () => {
    const rated = setQuestionRating(
      setQuestionRating(toContent(rubric, null), 'sq1', 2),
      'sq1',
      3,
    );

    expect(rated.questionRatings).toEqual([
      { sessionQuestionId: 'sq1', level: 3 },
    ]);
    expect(setQuestionRating(rated, 'sq1', null).questionRatings).toEqual([]);
  });
});

describe(sameContent.name, () => {
  it('should ignore empty ratings and order', () => {
    const stored = toContent(rubric, {
      ratings: [
        { competencyId: 'comms', level: 3, notAssessed: false, evidence: '' },
      ],
      questionRatings: [],
      recommendation: null,
      summary: '',
    });
    const mine = setLevel(toContent(rubric, null), 'comms', 3);

    expect(sameContent(stored, mine)).toBe(true);
    expect(sameContent(stored, setLevel(mine, 'comms', 2))).toBe(false);
  });
});

describe(appendParagraph.name, () => {
  it('should add a note as a paragraph of its own, once', () => {
    expect(appendParagraph('', ' Q1: Stored keys ')).toBe('Q1: Stored keys');
    expect(appendParagraph('Clear trade-offs.\n', 'Q1: Stored keys')).toBe(
      'Clear trade-offs.\n\nQ1: Stored keys',
    );
    expect(appendParagraph('Before. Q1: Stored keys', 'Q1: Stored keys')).toBe(
      'Before. Q1: Stored keys',
    );
    expect(appendParagraph('Kept', '   ')).toBe('Kept');
  });
});

describe(addToEvidence.name, () => {
  it('should pull a note into one competency\u2019s evidence and leave the others', () => {
    const content = setEvidence(
      toContent(rubric, null),
      'depth',
      'Knew the theory.',
    );

    const pulled = addToEvidence(content, 'depth', 'Q2: LRU with TTL');

    expect(pulled.ratings.map((rating) => rating.evidence)).toEqual([
      'Knew the theory.\n\nQ2: LRU with TTL',
      '',
    ]);
    expect(addToSummary(pulled, 'Calm').summary).toBe('Calm');
  });
});
