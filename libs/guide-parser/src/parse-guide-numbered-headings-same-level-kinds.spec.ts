import { readFixture } from './__fixtures__/fixture-paths';
import { parseGuide } from './index';

describe(parseGuide.name, () => {
  const lf = readFixture('ok/numbered-headings-same-level-kinds.md');
  // Windows line endings and no final newline, as such guides are often saved.
  const crlf = lf.trimEnd().replace(/\n/g, '\r\n');
  const sut = parseGuide(crlf);

  it('should read "#### N. text" questions when kind headings share their level', () => {
    expect(
      sut.questions.map((question) => [
        question.kind,
        question.number,
        question.prompt,
      ]),
    ).toEqual([
      ['Technical Questions', 1, 'How do you find what is filling up a disk?'],
      [
        'Behavioral Questions',
        2,
        'Tell me about a change that caused an outage.',
      ],
    ]);
  });

  it('should keep the inline text of "- **Answer:** text" as the summary when the marker carries text', () => {
    expect(sut.questions[0].answer.summary).toBe(
      'Start from the mount point and drill down, then check for deleted files still held open.',
    );
  });

  it('should keep comment lines inside fenced code when they look like headings', () => {
    expect(sut.questions[0].answer.fields[1].text).toBe(
      '```bash\n# largest directories first\ndu -xh /var | sort -rh | head -20\n```',
    );
    expect(sut.questions[1].answer.fields[2].text).toContain(
      '-- the audit query we now run after every change',
    );
  });

  it('should read "Follow-up Point" lists when follow-ups use that label', () => {
    expect(sut.questions.map((question) => question.followUps)).toEqual([
      ['How would you stop this from happening again?'],
      ['What would you automate first?'],
    ]);
  });

  it('should parse CRLF text exactly like LF text when only line endings differ', () => {
    const fromLf = parseGuide(lf);

    expect(sut.questions).toEqual(fromLf.questions);
    expect(sut.contentHash).toBe(parseGuide(lf.trimEnd()).contentHash);
    expect(sut.warnings).toEqual([]);
  });
});
