import { createRandom, pick } from './random';

const ROLES = ['Backend', 'Frontend', 'Data', 'Platform', 'Security', 'Mobile', 'Machine Learning', 'Site Reliability', 'QA', 'Product', 'Design', 'Support', 'Sales', 'Finance', 'Operations', 'Nursing', 'Legal', 'Marketing'];
const LEVELS = ['Junior', 'Senior', 'Staff', 'Lead', 'Principal', 'Associate'];
const VERTICALS = ['Software Development', 'Healthcare', 'Finance', 'Retail', 'Education', 'Manufacturing', 'Media'];
const TOPICS = ['caching', 'indexing', 'replication', 'latency', 'throughput', 'observability', 'migrations', 'accessibility', 'onboarding', 'stakeholders', 'budgeting', 'incident response', 'capacity planning', 'code review', 'testing strategy', 'data quality', 'privacy', 'compliance', 'negotiation', 'prioritisation', 'mentoring', 'estimation', 'security reviews', 'feature flags', 'rollbacks', 'queues', 'consistency', 'experimentation', 'forecasting', 'documentation'];
const VERBS = ['design', 'debug', 'improve', 'measure', 'explain', 'plan', 'review', 'scale', 'simplify', 'secure'];
const KINDS = ['Technical Questions', 'Behavioral Questions', 'Situational Questions', 'Problem-solving Questions'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'zi', 'pe', 'sa', 'do', 'fi', 'gu', 'he', 'ja', 'ko', 'li', 'mo', 'nu', 'ri'];

// Real question banks follow Zipf's law: a few words are everywhere, most are
// rare. A 4,000-word vocabulary sampled by rank^-1.07 gives searches that range
// from a handful of hits to most of the bank, as real searches do.
const VOCABULARY = Array.from({ length: 4_000 }, (_, rank) => {
  let word = '';
  let rest = rank + 21;
  while (rest > 0) {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  }

  return `${word}x`;
});
const ZIPF_CUMULATIVE = (() => {
  const weights = VOCABULARY.map((_, rank) => 1 / (rank + 1) ** 1.07);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let running = 0;

  return weights.map((weight) => (running += weight / total));
})();

function zipfWord(random: () => number): string {
  const target = random();
  let low = 0;
  let high = ZIPF_CUMULATIVE.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((ZIPF_CUMULATIVE[middle] ?? 1) < target) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }

  return VOCABULARY[low] ?? 'x';
}

function sentence(random: () => number, words: number): string {
  const parts = Array.from({ length: words }, () => (random() < 0.03 ? pick(random, TOPICS) : zipfWord(random)));
  const text = parts.join(' ');

  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A guide in the reference format, deterministic for (seed, index). */
export function generateGuide(seed: number, index: number, questionsPerGuide = 8): { fileName: string; text: string } {
  const random = createRandom(seed * 100_003 + index);
  const role = `${pick(random, LEVELS)} ${pick(random, ROLES)} Engineer ${index}`;
  const slug = role.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const lines: string[] = [
    '---',
    `term: "${role} Interview Questions and Answers"`,
    `description: "${sentence(random, 14)}"`,
    'category: "Technical"',
    `vertical: "${pick(random, VERTICALS)}"`,
    'pubDate: 2025-01-15',
    `author: "Bench Author ${index % 50}"`,
    `tags: ["${pick(random, TOPICS)}", "${pick(random, TOPICS)}", "Interview Prep"]`,
    '---',
    '',
    `## Interview Preparation Guide for ${role} Position`,
    '',
    '### Overview of Certifications, Educational Background, and Industry Qualifications',
    '',
    '#### Educational Background',
    '',
    `- **Degree:**`,
    `  - ${sentence(random, 10)}`,
    '',
    '### Interview Questions and Answers',
  ];
  let number = 1;
  for (const [kindIndex, kind] of KINDS.entries()) {
    lines.push('', `#### ${kind}`);
    const count = Math.floor(questionsPerGuide / KINDS.length) + (kindIndex < questionsPerGuide % KINDS.length ? 1 : 0);
    for (let q = 0; q < count; q += 1) {
      const topic = pick(random, TOPICS);
      lines.push(
        '',
        `##### Question ${number}: How would you ${pick(random, VERBS)} ${topic} for a ${zipfWord(random)} with ${pick(random, TOPICS)} constraints?`,
        '',
        '- **Answer:**',
        `  - **Scenario:** ${sentence(random, 16)}`,
        `  - **Approach:** ${sentence(random, 18)}`,
        `  - **Action:** ${sentence(random, 14)}`,
        `  - **Outcome:** ${sentence(random, 12)}`,
        '  - **Best practices:**',
        `    - ${sentence(random, 9)}`,
        `    - ${sentence(random, 9)}`,
        '  - **Pitfalls:**',
        `    - ${sentence(random, 8)}`,
        `  - **Follow-up points:**`,
        `    - How would you measure ${pick(random, TOPICS)} here?`,
        `    - What would you change for ${pick(random, TOPICS)}?`,
      );
      number += 1;
    }
  }

  return { fileName: `${slug}.md`, text: `${lines.join('\n')}\n` };
}

/** Search terms drawn from the same distribution as the text: mostly rare words, some very common. */
export function searchTerms(seed: number, count: number): string[] {
  const random = createRandom(seed);

  return Array.from({ length: count }, (_, index) => {
    if (index % 4 === 0) {
      return `"${pick(random, TOPICS)}"`;
    }

    return index % 3 === 0 ? `${pick(random, TOPICS)} ${zipfWord(random)}` : zipfWord(random);
  });
}
