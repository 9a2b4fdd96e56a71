import { parseGuide } from './index';

const QUESTION =
  '## Interview Questions and Answers\n\n##### Question 1: Why?\n\n- **Answer:** Because.\n';
const withFrontmatter = (yaml: string): string =>
  `---\n${yaml}\n---\n\n${QUESTION}`;

describe(parseGuide.name, () => {
  it('should read aliases of the known keys when a guide uses other names', () => {
    const sut = parseGuide(
      withFrontmatter(
        [
          'title: "Chef Interview Questions"',
          'summary: Short guide.',
          'industry: Hospitality',
          'keywords: kitchen, food safety',
          'author: { name: "Ana Ruiz", url: "/ana" }',
          'date: 2024-12-01',
          'updated: 2025-01-15',
        ].join('\n'),
      ),
    );

    expect(sut.frontmatter).toEqual({
      title: 'Chef Interview Questions',
      description: 'Short guide.',
      category: null,
      vertical: 'Hospitality',
      tags: ['kitchen', 'food safety'],
      author: 'Ana Ruiz',
      publishedOn: '2024-12-01',
      modifiedOn: '2025-01-15',
      extra: {},
    });
    expect(sut.warnings).toEqual([]);
  });

  it('should keep unknown keys and unused aliases in extra when the frontmatter has them', () => {
    const sut = parseGuide(
      withFrontmatter('term: A\ntitle: B\nlevel: 3\nimage:\n  url: /x.png'),
    );

    expect(sut.title).toBe('A');
    expect(sut.frontmatter.extra).toEqual({
      title: 'B',
      level: 3,
      image: { url: '/x.png' },
    });
  });

  it('should take the slug from the frontmatter, then the file name, then the title', () => {
    expect(
      parseGuide(withFrontmatter('term: Some Title\nslug: Custom Slug')).slug,
    ).toBe('custom-slug');
    expect(
      parseGuide(withFrontmatter('term: Some Title'), {
        fileName: '/tmp/My_Guide.md',
      }).slug,
    ).toBe('my-guide');
    expect(parseGuide(withFrontmatter('term: Café Manager — Guide')).slug).toBe(
      'cafe-manager-guide',
    );
  });

  it('should fall back to the first heading and then the file name when there is no title key', () => {
    expect(parseGuide(`# Barista Guide\n\n${QUESTION}`).title).toBe(
      'Barista Guide',
    );
    expect(
      parseGuide('##### Question 1: Why?\n', { fileName: 'line-cook.md' })
        .title,
    ).toBe('Line Cook');
    expect(parseGuide('##### Question 1: Why?\n').title).toBe('Untitled guide');
  });

  it('should warn and ignore a known key when its value is not text', () => {
    const sut = parseGuide(
      withFrontmatter('term:\n  nested: value\ncategory: Ops'),
    );

    expect(sut.title).toBe('Interview Questions and Answers');
    expect(sut.frontmatter.extra).toEqual({});
    expect(sut.warnings).toEqual([
      {
        line: 2,
        message: 'Frontmatter "title" must be text; the value was ignored',
      },
    ]);
  });

  it('should warn and use the last value when a key is repeated', () => {
    const sut = parseGuide(withFrontmatter('term: First\nterm: Second'));

    expect(sut.title).toBe('Second');
    expect(sut.warnings).toEqual([
      {
        line: 3,
        message: 'Frontmatter key "term" is repeated; the last value is used',
      },
    ]);
  });

  it('should accept an empty frontmatter when nothing is between the fences', () => {
    const sut = parseGuide(`---\n---\n# Pilot Guide\n\n${QUESTION}`);

    expect(sut.title).toBe('Pilot Guide');
    expect(sut.questions).toHaveLength(1);
    expect(sut.questions[0].lines).toEqual({ start: 7, end: 9 });
  });
});

describe(`${parseGuide.name} without YAML frontmatter`, () => {
  it('should warn and skip the block when the frontmatter is TOML', () => {
    const sut = parseGuide(
      `+++\ntitle = "Baker"\n+++\n\n# Baker Guide\n\n${QUESTION}`,
    );

    expect(sut.title).toBe('Baker Guide');
    expect(sut.profile.sections).toEqual([]);
    expect(sut.warnings).toEqual([
      {
        line: 1,
        message:
          'TOML frontmatter (+++) is not supported; only YAML (---) is read',
      },
    ]);
  });

  it('should not take a kind heading for the title when the guide starts with one', () => {
    const sut = parseGuide('## Technical Questions\n\n### Question 1: Why?\n', {
      fileName: 'florist.md',
    });

    expect(sut.title).toBe('Florist');
    expect(sut.questions[0].kind).toBe('Technical Questions');
  });
});
