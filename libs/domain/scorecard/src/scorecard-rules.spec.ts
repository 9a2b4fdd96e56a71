import { draftProblems, extremeLevels, requiresEvidence, type ScorecardContent, submissionProblems } from './scorecard-rules';

const rubric = {
  scale: [
    { level: 1, label: 'Strong no' },
    { level: 2, label: 'No' },
    { level: 3, label: 'Yes' },
    { level: 4, label: 'Strong yes' },
  ],
  competencies: [
    { id: 'design', name: 'System design' },
    { id: 'comms', name: 'Communication' },
  ],
};

const complete = (overrides: Partial<ScorecardContent> = {}): ScorecardContent => ({
  ratings: [
    { competencyId: 'design', level: 3, notAssessed: false, evidence: '' },
    { competencyId: 'comms', level: null, notAssessed: true, evidence: '' },
  ],
  questionRatings: [],
  recommendation: 'YES',
  summary: 'Solid.',
  ...overrides,
});

const fields = (problems: { field: string }[]) => problems.map((problem) => problem.field);

describe('scorecard rules', () => {
  it('should find the extremes of a scale whatever its order', () => {
    expect(extremeLevels([{ level: 3, label: 'c' }, { level: 0, label: 'a' }, { level: 5, label: 'f' }])).toEqual({ lowest: 0, highest: 5 });
  });

  it('should require evidence for the lowest and highest level only', () => {
    expect([1, 2, 3, 4, null].map((level) => requiresEvidence(rubric.scale, level))).toEqual([true, false, false, true, false]);
  });

  it('should accept a complete scorecard with a competency not assessed', () => {
    expect(submissionProblems(rubric, complete())).toEqual([]);
  });

  it('should name each competency left unrated', () => {
    const problems = submissionProblems(rubric, complete({ ratings: [{ competencyId: 'design', level: null, notAssessed: false, evidence: '' }] }));

    expect(fields(problems)).toEqual(['ratings.design.level', 'ratings.comms.level']);
  });

  it('should demand evidence for an extreme rating but not for a middle one', () => {
    const strongYes = complete({
      ratings: [
        { competencyId: 'design', level: 4, notAssessed: false, evidence: '   ' },
        { competencyId: 'comms', level: 2, notAssessed: false, evidence: '' },
      ],
    });

    expect(fields(submissionProblems(rubric, strongYes))).toEqual(['ratings.design.evidence']);
  });

  it('should require a recommendation to submit but not to save a draft', () => {
    const content = complete({ recommendation: null });

    expect(fields(submissionProblems(rubric, content))).toEqual(['recommendation']);
    expect(draftProblems(rubric, content)).toEqual([]);
  });

  it('should refuse levels off the scale, unknown competencies, doubles and both level and not assessed', () => {
    const problems = draftProblems(
      rubric,
      complete({
        ratings: [
          { competencyId: 'design', level: 7, notAssessed: false, evidence: '' },
          { competencyId: 'design', level: 3, notAssessed: false, evidence: '' },
          { competencyId: 'comms', level: 3, notAssessed: true, evidence: '' },
          { competencyId: 'ghost', level: 3, notAssessed: false, evidence: '' },
        ],
        questionRatings: [{ sessionQuestionId: 'q1', level: 0 }],
      }),
    );

    expect(fields(problems)).toEqual([
      'ratings.design.level',
      'ratings.design',
      'ratings.comms.level',
      'ratings.ghost',
      'questionRatings.q1',
    ]);
  });

  it('should limit evidence and summary length', () => {
    const problems = draftProblems(
      rubric,
      complete({
        ratings: [{ competencyId: 'design', level: 3, notAssessed: false, evidence: 'x'.repeat(5_001) }],
        summary: 'y'.repeat(10_001),
      }),
    );

    expect(fields(problems)).toEqual(['ratings.design.evidence', 'summary']);
  });
});
