import { parseGuide } from './index';
import {
  markdownFiles,
  readText,
  sampleGuidesDir,
} from './__fixtures__/fixture-paths';

type ExpectedQuestion = {
  kind: string | null;
  number: number | null;
  prompt: string;
  followUps: number;
  answerFields: string[];
};
type Expected = Record<
  string,
  { title: string; questions: ExpectedQuestion[] }
>;

const expected = JSON.parse(
  readText(sampleGuidesDir, 'EXPECTED.json'),
) as Expected;

describe(parseGuide.name, () => {
  it('should cover every sample guide when EXPECTED.json lists them', () => {
    expect(markdownFiles(sampleGuidesDir)).toEqual(
      Object.keys(expected).sort(),
    );
  });

  it.each(Object.keys(expected))(
    'should match EXPECTED.json when parsing %s',
    (fileName) => {
      const sut = parseGuide(readText(sampleGuidesDir, fileName), { fileName });

      expect({
        title: sut.title,
        questions: sut.questions.map((question) => ({
          kind: question.kind,
          number: question.number,
          prompt: question.prompt,
          followUps: question.followUps.length,
          answerFields: [
            ...question.answer.fields.map((field) => field.label),
            ...question.answer.parts.map((part) => part.title),
          ],
        })),
      }).toEqual(expected[fileName]);
    },
  );
});
