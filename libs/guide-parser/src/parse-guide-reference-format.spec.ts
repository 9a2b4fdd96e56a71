import { deepLearningQuestions } from './__fixtures__/deep-learning-engineer.expected';
import { readText, sampleGuidesDir } from './__fixtures__/fixture-paths';
import { parseGuide } from './index';

describe(parseGuide.name, () => {
  const sut = parseGuide(
    readText(sampleGuidesDir, 'deep-learning-engineer.md'),
    {
      fileName: 'deep-learning-engineer.md',
    },
  );

  it('should yield 8 questions in 4 kinds when parsing the reference guide', () => {
    expect(sut.questions).toHaveLength(8);
    expect([
      ...new Set(sut.questions.map((question) => question.kindKey)),
    ]).toEqual(['technical', 'behavioral', 'situational', 'problem-solving']);
  });

  it.each(
    deepLearningQuestions.map(
      (question, index) => [index + 1, question] as const,
    ),
  )(
    'should read question %i field by field when parsing the reference guide',
    (index, expected) => {
      expect(sut.questions[index - 1]).toStrictEqual(expected);
    },
  );

  it('should keep the two named parts of question 1 when its answer is split by concept', () => {
    expect(sut.questions[0].answer.parts.map((part) => part.title)).toEqual([
      'Batch Normalization',
      'Layer Normalization',
    ]);
    expect(sut.questions[0].answer.fields).toEqual([]);
  });

  it('should read the frontmatter when every reference key is present', () => {
    expect(sut.title).toBe(
      'Deep Learning Engineer Interview Questions and Answers',
    );
    expect(sut.slug).toBe('deep-learning-engineer');
    expect(sut.frontmatter).toMatchObject({
      title: 'Deep Learning Engineer Interview Questions and Answers',
      category: 'Technical',
      vertical: 'Data Science',
      author: 'Will Gordon',
      publishedOn: '2025-01-19',
      modifiedOn: '2025-01-19',
      tags: [
        'Interview Prep',
        'Neural Networks',
        'TensorFlow',
        'PyTorch',
        'Python',
      ],
      extra: {
        avatar: { url: '/images/me.png', alt: 'Will Gordon' },
        image: {
          url: '/images/software-engineering-interview.jpg',
          alt: 'Software Engineering Interview',
        },
      },
    });
    expect(sut.frontmatter.description).toMatch(
      /^This guide provides comprehensive insights/,
    );
  });

  it('should keep the role profile as structured sections when the guide has them', () => {
    expect(
      sut.profile.sections.map((section) => [
        section.title,
        section.position,
        section.items.length,
      ]),
    ).toEqual([
      ['Required and Recommended Certifications', 'before-questions', 4],
      ['Educational Background', 'before-questions', 2],
      ['Industry Qualifications', 'before-questions', 3],
      ['Additional Considerations', 'after-questions', 3],
    ]);
    expect(sut.profile.sections[0].items[0]).toEqual({
      label: 'Certified AI Practitioner (CAIP)',
      details: [
        'Offers foundational knowledge in AI and machine learning principles.',
        'Validates understanding of AI methodologies and deep learning frameworks.',
      ],
    });
    expect(sut.profile.sections[3].notes).toEqual([
      expect.stringMatching(/^This guide aims to provide/),
    ]);
  });

  it('should report no warnings when the guide is in the reference format', () => {
    expect(sut.warnings).toEqual([]);
  });
});
