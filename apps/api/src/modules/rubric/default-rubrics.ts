import { randomUUID } from 'node:crypto';

import type { EntityManager } from 'typeorm';

import { RubricVersionEntity } from './rubric-version.entity';
import { RubricEntity } from './rubric.entity';
import { type Competency, DEFAULT_SCALE } from './rubric.types';

type DefaultRubric = { name: string; defaultForKind: string; description: string; competencies: Omit<Competency, 'id'>[] };

function anchors(strongNo: string, no: string, yes: string, strongYes: string) {
  return [
    { level: 1, text: strongNo },
    { level: 2, text: no },
    { level: 3, text: yes },
    { level: 4, text: strongYes },
  ];
}

/** A sensible rubric per question kind, seeded for every new team. */
export const DEFAULT_RUBRICS: DefaultRubric[] = [
  {
    name: 'Technical interview',
    defaultForKind: 'technical',
    description: 'Depth and soundness of technical knowledge and how it is explained.',
    competencies: [
      { name: 'Technical depth', description: 'Understands how and why things work, not only what to do.', anchors: anchors('Misconceptions on fundamentals.', 'Surface knowledge; cannot explain trade-offs.', 'Solid, accurate explanations with trade-offs.', 'Expert depth; anticipates edge cases unprompted.') },
      { name: 'Problem decomposition', description: 'Breaks a problem into parts and orders the work.', anchors: anchors('No structure.', 'Some structure, misses key parts.', 'Clear, complete breakdown.', 'Elegant breakdown that simplifies the problem.') },
      { name: 'Communication', description: 'Explains clearly for the audience, checks understanding.', anchors: anchors('Hard to follow.', 'Understandable with effort.', 'Clear and well paced.', 'Exceptionally clear; adapts to the listener.') },
    ],
  },
  {
    name: 'Behavioral interview',
    defaultForKind: 'behavioral',
    description: 'Evidence from past situations, told in a situation–action–result form.',
    competencies: [
      { name: 'Ownership', description: 'Takes responsibility for outcomes, not only tasks.', anchors: anchors('Blames others.', 'Does assigned work only.', 'Owns outcomes and follows through.', 'Raises the bar for the team.') },
      { name: 'Collaboration', description: 'Works with others, resolves disagreement constructively.', anchors: anchors('Works against others.', 'Cooperates when easy.', 'Builds agreement, shares credit.', 'Makes the whole group more effective.') },
      { name: 'Self-awareness', description: 'Reflects on mistakes and what was learned.', anchors: anchors('Sees no room to improve.', 'Names mistakes vaguely.', 'Specific lessons, applied later.', 'Deep reflection that changed their practice.') },
    ],
  },
  {
    name: 'Situational interview',
    defaultForKind: 'situational',
    description: 'Judgement on hypothetical situations from the role.',
    competencies: [
      { name: 'Judgement', description: 'Weighs options and risks before acting.', anchors: anchors('Rash or harmful choices.', 'Reasonable but misses key risks.', 'Sound choice with risks named.', 'Excellent judgement with fallback plans.') },
      { name: 'Prioritisation', description: 'Puts first things first under constraints.', anchors: anchors('No prioritisation.', 'Prioritises by urgency only.', 'Balances impact and urgency.', 'Reframes the problem to remove low-value work.') },
      { name: 'Stakeholder management', description: 'Keeps the right people informed and aligned.', anchors: anchors('Ignores stakeholders.', 'Informs late.', 'Proactive, clear updates.', 'Aligns conflicting stakeholders.') },
    ],
  },
  {
    name: 'Problem-solving interview',
    defaultForKind: 'problem-solving',
    description: 'How the candidate approaches an open problem.',
    competencies: [
      { name: 'Analytical thinking', description: 'Uses data and reasoning to reach conclusions.', anchors: anchors('Guesses.', 'Some reasoning, gaps in logic.', 'Sound, data-informed reasoning.', 'Rigorous and insightful analysis.') },
      { name: 'Structured approach', description: 'Clarifies, plans, executes, verifies.', anchors: anchors('Jumps in without a plan.', 'Plan with gaps.', 'Clear plan, verifies results.', 'Systematic and efficient throughout.') },
      { name: 'Trade-off reasoning', description: 'Names alternatives and why one wins.', anchors: anchors('One option only.', 'Alternatives without comparison.', 'Compares options with criteria.', 'Quantifies trade-offs and revisits them as facts change.') },
    ],
  },
];

/** Seeds the default rubric of each question kind into a new team. */
export async function seedDefaultRubrics(manager: EntityManager, teamId: string): Promise<void> {
  for (const rubric of DEFAULT_RUBRICS) {
    const saved = await manager.save(RubricEntity, {
      teamId,
      name: rubric.name,
      description: rubric.description,
      defaultForKind: rubric.defaultForKind,
      version: 1,
      archivedAt: null,
    });
    await manager.insert(RubricVersionEntity, {
      rubricId: saved.id,
      version: 1,
      scale: DEFAULT_SCALE,
      competencies: rubric.competencies.map((competency) => ({ ...competency, id: randomUUID() })),
      createdById: null,
    });
  }
}
