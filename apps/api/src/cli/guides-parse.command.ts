import { GuideParseError, parseGuide } from '@panelwise/guide-parser';

import { collectGuideFiles, readGuideFile } from '@api/modules/guide/guide-files';
import { formatTable } from './table';

type ParseOutput = {
  documents: {
    file: string;
    title: string;
    frontmatter: unknown;
    profile: unknown;
    questions: { kind: string | null; number: number | null; prompt: string; answer: unknown; followUps: string[]; lines: unknown }[];
    warnings: { line: number; message: string }[];
  }[];
  errors: { file: string; line: number | null; message: string }[];
};

/** `guides parse <files or folders> [--json]`: no database; exit 1 when any file fails. */
export function guidesParseCommand(paths: string[], asJson: boolean): number {
  const output: ParseOutput = { documents: [], errors: [] };
  for (const file of collectGuideFiles(paths)) {
    const { fileName, text } = readGuideFile(file);
    try {
      const guide = parseGuide(text, { fileName });
      output.documents.push({
        file,
        title: guide.title,
        frontmatter: guide.frontmatter,
        profile: guide.profile,
        questions: guide.questions.map((question) => ({
          kind: question.kind,
          number: question.number,
          prompt: question.prompt,
          answer: question.answer,
          followUps: question.followUps,
          lines: question.lines,
        })),
        warnings: guide.warnings,
      });
    } catch (error) {
      if (!(error instanceof GuideParseError)) {
        throw error;
      }
      output.errors.push({ file, line: error.line ?? null, message: error.message });
    }
  }
  if (asJson) {
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    process.stdout.write(
      `${formatTable(
        ['file', 'title', 'questions', 'warnings'],
        output.documents.map((doc) => [doc.file, doc.title, doc.questions.length, doc.warnings.length]),
      )}\n`,
    );
    for (const doc of output.documents) {
      for (const warning of doc.warnings) {
        process.stdout.write(`warning ${doc.file}:${warning.line} ${warning.message}\n`);
      }
    }
    for (const error of output.errors) {
      process.stdout.write(`error   ${error.file}:${error.line ?? '-'} ${error.message}\n`);
    }
  }

  return output.errors.length ? 1 : 0;
}
