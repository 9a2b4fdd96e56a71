import type { ParsedQuestion } from '@panelwise/guide-parser';

export type StoredQuestion = {
  id: string;
  number: number | null;
  prompt: string;
  kindKey: string;
  contentHash: string;
  revision: number;
  isRetired: boolean;
  /** The prompt of its latest imported revision, when an edit in the app reworded it since. */
  importedPrompt?: string | null;
};

export type QuestionMatch = { parsed: ParsedQuestion; position: number; stored: StoredQuestion | null };

export function normalizePrompt(prompt: string): string {
  return prompt
    .toLowerCase()
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.?!:;]+$/, '')
    .trim();
}

const samePrompt = (question: ParsedQuestion, candidate: StoredQuestion): boolean => {
  const prompt = normalizePrompt(question.prompt);

  return (
    prompt === normalizePrompt(candidate.prompt) ||
    (typeof candidate.importedPrompt === 'string' && prompt === normalizePrompt(candidate.importedPrompt))
  );
};

/**
 * Pairs each parsed question with the stored question it continues: same
 * number and prompt first, then same prompt (renumbered). A reworded prompt
 * is a new question. Active questions win over retired ones at each step.
 * A question reworded in the app still matches its file's prompt (the one
 * last imported), so the file's text becomes its next revision.
 */
export function matchQuestions(parsed: ParsedQuestion[], stored: StoredQuestion[]): {
  matches: QuestionMatch[];
  unmatched: StoredQuestion[];
} {
  const available = [...stored].sort((a, b) => Number(a.isRetired) - Number(b.isRetired));
  const taken = new Set<string>();
  const matches: QuestionMatch[] = parsed.map((question, position) => ({ parsed: question, position, stored: null }));
  const rules: ((question: ParsedQuestion, candidate: StoredQuestion) => boolean)[] = [
    (q, c) => q.number === c.number && samePrompt(q, c),
    (q, c) => samePrompt(q, c),
  ];
  for (const rule of rules) {
    for (const match of matches) {
      if (match.stored) {
        continue;
      }
      const candidate = available.find((c) => !taken.has(c.id) && rule(match.parsed, c));
      if (candidate) {
        match.stored = candidate;
        taken.add(candidate.id);
      }
    }
  }

  return { matches, unmatched: available.filter((c) => !taken.has(c.id) && !c.isRetired) };
}
