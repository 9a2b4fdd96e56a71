import { chance, pickOne, type Random } from './seeded';

export const FIRST_NAMES = [
  'Ada', 'Bea', 'Caleb', 'Dana', 'Eli', 'Farah', 'Gus', 'Hana', 'Ivo', 'Jade', 'Kofi', 'Lena', 'Milo', 'Nia', 'Omar', 'Pia',
  'Quinn', 'Rosa', 'Sami', 'Tara', 'Uma', 'Vik', 'Wren', 'Xena', 'Yusuf', 'Zoe', 'Amir', 'Bruno', 'Chloe', 'Diego', 'Elif',
  'Finn', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Luca', 'Maya', 'Noah', 'Olga', 'Priya', 'Rafael', 'Sofia', 'Theo',
  'Ulla', 'Vera', 'Wei', 'Yara', 'Zain', 'Aiko', 'Ben', 'Carmen', 'Dev', 'Emma', 'Femi', 'Gil', 'Hiro', 'Ida', 'Jamal',
] as const;

export const LAST_NAMES = [
  'Adams', 'Baker', 'Costa', 'Dubois', 'Evans', 'Fischer', 'Garcia', 'Hansen', 'Ito', 'Jensen', 'Kowalski', 'Lopez', 'Moreau',
  'Nakamura', 'Okafor', 'Petrov', 'Quist', 'Rossi', 'Silva', 'Tanaka', 'Ueda', 'Varga', 'Weber', 'Xu', 'Yilmaz', 'Zhang',
  'Andersen', 'Bianchi', 'Chen', 'Diaz', 'Eriksen', 'Ferreira', 'Gomez', 'Horvat', 'Ivanova', 'Jovanovic', 'Kim', 'Larsen',
  'Mensah', 'Novak', 'Olsen', 'Park', 'Reyes', 'Schmidt', 'Torres', 'Usman', 'Vasquez', 'Wagner', 'Yamada', 'Zeller',
] as const;

const TOPICS = [
  'caching', 'indexing', 'replication', 'latency budgets', 'observability', 'schema migrations', 'accessibility', 'incident response',
  'capacity planning', 'code review', 'testing strategy', 'data quality', 'privacy', 'stakeholder updates', 'prioritisation',
  'mentoring', 'estimation', 'security reviews', 'feature flags', 'rollbacks', 'queues', 'consistency', 'experimentation',
  'forecasting', 'documentation', 'on-call', 'API design', 'cost control', 'hiring', 'roadmapping',
];

const STRENGTHS = [
  'Explained the trade-offs of {t} clearly and picked a sensible default',
  'Gave a concrete example of {t} from a previous role, with numbers',
  'Structured the answer well: clarified the goal, then walked through {t}',
  'Asked good clarifying questions before diving into {t}',
  'Showed real depth on {t}, including edge cases I did not prompt',
  'Handled the follow-up on {t} calmly and adjusted the plan',
  'Named the risks of {t} and how to detect them early',
  'Connected {t} to the business outcome rather than the tooling',
];

const CONCERNS = [
  'Struggled to go beyond the basics of {t}',
  'Needed several prompts before mentioning {t}',
  'The example on {t} stayed vague; no measurable result',
  'Mixed up the terms around {t} and did not notice',
  'Jumped to a solution for {t} without checking constraints',
  'Could not say how they would know {t} was working',
];

const SUMMARY_OPENERS = [
  'Overall a {adj} session.',
  'A {adj} interview with clear signal.',
  'Mixed picture, but {adj} on balance.',
  'The candidate came across as {adj}.',
];

const ADJECTIVES = ['strong', 'solid', 'promising', 'uneven', 'careful', 'confident', 'thoughtful', 'hesitant'];

const NOTE_LINES = [
  'Mentions {t} first, then backs it with an example.',
  'Draws a diagram; asks about expected load.',
  'Talks about {t} at a previous company; team of six.',
  'Good point on {t}: measure before changing anything.',
  'Unsure about {t}; moves on quickly.',
  'Follow-up on {t} answered well.',
  'Ran short on time; skipped the last part.',
  'Asks what success looks like for {t}.',
];

function fill(random: Random, template: string): string {
  return template.replace('{t}', pickOne(random, TOPICS)).replace('{adj}', pickOne(random, ADJECTIVES));
}

/** Evidence behind a rating: praise for high levels, concerns for low ones. */
export function evidenceText(random: Random, isHigh: boolean): string {
  const first = fill(random, pickOne(random, isHigh ? STRENGTHS : CONCERNS));
  if (chance(random, 0.5)) {
    return `${first}.`;
  }

  return `${first}. ${fill(random, pickOne(random, isHigh ? STRENGTHS : CONCERNS))}.`;
}

export function summaryText(random: Random, sentences: number): string {
  const parts = [fill(random, pickOne(random, SUMMARY_OPENERS))];
  for (let index = 1; index < sentences; index += 1) {
    parts.push(`${fill(random, pickOne(random, chance(random, 0.6) ? STRENGTHS : CONCERNS))}.`);
  }

  return parts.join(' ');
}

export function noteText(random: Random, lines: number): string {
  return Array.from({ length: lines }, () => `- ${fill(random, pickOne(random, NOTE_LINES))}`).join('\n');
}

export function topicPhrase(random: Random): string {
  return pickOne(random, TOPICS);
}
