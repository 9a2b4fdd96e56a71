import type { ParsedQuestion } from '@panelwise/guide-parser';

export type StoredQuestion = {
  id: string;
  number: number | null;
  prompt: string;
  kindKey: string;
  contentHash: string;
  revision: number;
  isRetired: boolean;
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

/**
 * Pairs each parsed question with the stored question it continues: same
 * number and prompt first, then same prompt (renumbered). A reworded prompt
 * is a new question. Active questions win over retired ones at each step.
 */
export function matchQuestions(parsed: ParsedQuestion[], stored: StoredQuestion[]): {
  matches: QuestionMatch[];
  unmatched: StoredQuestion[];
} {
  const available = [...stored].sort((a, b) => Number(a.isRetired) - Number(b.isRetired));
  const taken = new Set<string>();
  const matches: QuestionMatch[] = parsed.map((question, position) => ({ parsed: question, position, stored: null }));
  const rules: ((question: ParsedQuestion, candidate: StoredQuestion) => boolean)[] = [
    (q, c) => q.number === c.number && normalizePrompt(q.prompt) === normalizePrompt(c.prompt),
    (q, c) => normalizePrompt(q.prompt) === normalizePrompt(c.prompt),
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
