import {
  markdownFiles,
  readText,
  seedGuidesDir,
} from './__fixtures__/fixture-paths';
import { parseGuide } from './index';

const seedFiles = markdownFiles(seedGuidesDir);

describe(parseGuide.name, () => {
  it('should find the sample guides the app seeds when data/guides exists', () => {
    expect(seedFiles.length).toBeGreaterThanOrEqual(6);
  });

  describe.each(seedFiles)('%s', (fileName) => {
    const sut = parseGuide(readText(seedGuidesDir, fileName), { fileName });

    it('should parse with zero warnings when the guide is in the reference format', () => {
      expect(sut.warnings).toEqual([]);
    });

    it('should yield 8 numbered questions in the 4 known kinds when the guide is a seed guide', () => {
      expect(sut.questions.map((question) => question.number)).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8,
      ]);
      expect(sut.questions.map((question) => question.kindKey)).toEqual([
        'technical',
        'technical',
        'behavioral',
        'behavioral',
        'situational',
        'situational',
        'problem-solving',
        'problem-solving',
      ]);
    });

    it('should give every question a structured answer and follow-ups when the guide is a seed guide', () => {
      for (const question of sut.questions) {
        expect(question.prompt).not.toBe('');
        expect(
          question.answer.fields.length + question.answer.parts.length,
        ).toBeGreaterThan(0);
        expect(question.followUps.length).toBeGreaterThan(0);
      }
      expect(
        sut.questions.some((question) => question.answer.parts.length === 2),
      ).toBe(true);
    });

    it('should read the complete frontmatter and role profile when the guide is a seed guide', () => {
      expect(sut.slug).toBe(fileName.replace(/\.md$/, ''));
      expect(sut.frontmatter).toMatchObject({
        category: expect.any(String),
        vertical: expect.any(String),
        author: expect.any(String),
        publishedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        modifiedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
      expect(sut.frontmatter.tags.length).toBeGreaterThan(0);
      expect(sut.profile.sections.map((section) => section.title)).toEqual([
        'Required and Recommended Certifications',
        'Educational Background',
        'Industry Qualifications',
        'Additional Considerations',
      ]);
    });
  });
});
