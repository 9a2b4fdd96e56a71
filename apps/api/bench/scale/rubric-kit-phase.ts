import type { DataSource } from 'typeorm';

import { DEFAULT_RUBRICS } from '@api/modules/rubric/default-rubrics';
import { type Competency, DEFAULT_SCALE, type ScaleLevel } from '@api/modules/rubric/rubric.types';

import { BulkInsert, PhaseProgress } from './bulk-insert';
import { type BankQuestion, DAY_MS, type Kit, type Rubric, type RubricVersion } from './scale-world';
import { between, IdStream, type Random, sample, stream } from './seeded';

export const KIT_ROLES = [
  'Backend', 'Frontend', 'Data', 'Platform', 'Security', 'Mobile', 'Machine Learning', 'Site Reliability', 'QA', 'Product', 'Design',
  'Engineering Manager',
] as const;
export const KIT_LEVELS = ['Junior', 'Senior', 'Staff'] as const;
export const PHONE_SCREEN = 'Phone screen';
export const DEEP_DIVE = 'Full loop deep dive';
export const LEGACY_KIT = 'Generalist loop (retired)';

const FIVE_LEVELS: ScaleLevel[] = [
  { level: 1, label: 'Far below the bar' },
  { level: 2, label: 'Below the bar' },
  { level: 3, label: 'At the bar' },
  { level: 4, label: 'Above the bar' },
  { level: 5, label: 'Far above the bar' },
];

type RubricSpec = { name: string; description: string; competencies: string[]; scale?: ScaleLevel[]; revisedWith?: string; isArchived?: boolean };

const ROLE_RUBRICS: RubricSpec[] = [
  { name: 'Backend engineering', description: 'Systems, code and operations.', competencies: ['System design', 'Coding', 'Operational judgement', 'Communication'], revisedWith: 'Testing discipline' },
  { name: 'Frontend engineering', description: 'Interfaces that work for everyone.', competencies: ['UI architecture', 'Accessibility', 'Coding', 'Communication'] },
  { name: 'Data and ML', description: 'From data to decisions.', competencies: ['Statistics', 'Modelling', 'Data engineering', 'Communication'], scale: FIVE_LEVELS },
  { name: 'Engineering leadership', description: 'People, delivery and direction.', competencies: ['People leadership', 'Delivery', 'Strategy', 'Stakeholder management'], revisedWith: 'Hiring and growth' },
  { name: 'Product and design', description: 'What to build and why.', competencies: ['Product sense', 'Execution', 'User empathy', 'Communication'] },
  { name: 'Generalist (retired)', description: 'The first rubric, before role rubrics.', competencies: ['Skills', 'Attitude', 'Communication'], isArchived: true },
];

const RUBRIC_OF_ROLE: Record<string, string> = {
  Backend: 'Backend engineering', Platform: 'Backend engineering', Security: 'Backend engineering', 'Site Reliability': 'Backend engineering',
  Frontend: 'Frontend engineering', Mobile: 'Frontend engineering', Data: 'Data and ML', 'Machine Learning': 'Data and ML',
  QA: 'Technical interview', Product: 'Product and design', Design: 'Product and design', 'Engineering Manager': 'Engineering leadership',
};

function anchorsFor(name: string, scale: ScaleLevel[]) {
  return scale.map((step) => ({ level: step.level, text: `${step.label}: ${name.toLowerCase()} ${step.level >= 3 ? 'shown with evidence' : 'not shown'}.` }));
}

function buildRubrics(seed: number, teamCreatedAt: Date): Rubric[] {
  const rubricIds = new IdStream(seed, 'rubric');
  const versionIds = new IdStream(seed, 'rubric_version');
  const competencyIds = new IdStream(seed, 'competency');
  const competency = (name: string, description: string, anchors: Competency['anchors']): Competency => ({ id: competencyIds.next(), name, description, anchors });
  const at = (days: number) => new Date(teamCreatedAt.getTime() + days * DAY_MS);
  const defaults: Rubric[] = DEFAULT_RUBRICS.map((spec) => ({
    id: rubricIds.next(),
    name: spec.name,
    description: spec.description,
    defaultForKind: spec.defaultForKind,
    archivedAt: null,
    createdAt: teamCreatedAt,
    versions: [{
      id: versionIds.next(),
      version: 1,
      scale: DEFAULT_SCALE,
      competencies: spec.competencies.map((c) => competency(c.name, c.description, c.anchors)),
      createdAt: teamCreatedAt,
    }],
  }));
  const roles: Rubric[] = ROLE_RUBRICS.map((spec) => {
    const scale = spec.scale ?? DEFAULT_SCALE;
    const first = spec.competencies.map((name) => competency(name, `How the candidate shows ${name.toLowerCase()}.`, anchorsFor(name, scale)));
    const versions: RubricVersion[] = [{ id: versionIds.next(), version: 1, scale, competencies: first, createdAt: at(2) }];
    if (spec.revisedWith) {
      const added = competency(spec.revisedWith, `How the candidate shows ${spec.revisedWith.toLowerCase()}.`, anchorsFor(spec.revisedWith, scale));
      versions.push({ id: versionIds.next(), version: 2, scale, competencies: [...first, added], createdAt: at(360) });
    }

    return {
      id: rubricIds.next(),
      name: spec.name,
      description: spec.description,
      defaultForKind: null,
      archivedAt: spec.isArchived ? at(400) : null,
      createdAt: at(2),
      versions,
    };
  });

  return [...defaults, ...roles];
}

function buildKits(seed: number, random: Random, rubrics: Rubric[], questions: BankQuestion[], teamCreatedAt: Date): Kit[] {
  const kitIds = new IdStream(seed, 'interview_kit');
  const itemIds = new IdStream(seed, 'interview_kit_item');
  const rubricNamed = (name: string) => rubrics.find((rubric) => rubric.name === name) as Rubric;
  const kit = (name: string, role: string, rubric: Rubric, count: number, minutes: () => number, createdDay: number, archivedDay: number | null): Kit => {
    const items = sample(random, questions, count).map((question, position) => ({ id: itemIds.next(), question, position, plannedMinutes: minutes() }));
    const planned = items.reduce((sum, item) => sum + item.plannedMinutes, 0);
    const createdAt = new Date(teamCreatedAt.getTime() + createdDay * DAY_MS);
    const version = between(random, 1, 3);

    return {
      id: kitIds.next(),
      name,
      role,
      targetRole: role === 'Any' ? 'Any role' : `${role} Engineer`,
      rubric,
      items,
      // Sessions fill whole hours or three quarters: the panel's hour-long slots never overlap.
      durationMinutes: planned <= 30 ? 30 : planned <= 45 ? 45 : 60,
      version,
      archivedAt: archivedDay === null ? null : new Date(teamCreatedAt.getTime() + archivedDay * DAY_MS),
      createdAt,
      updatedAt: new Date(createdAt.getTime() + (version - 1) * 30 * DAY_MS),
    };
  };
  const kits: Kit[] = [];
  for (const role of KIT_ROLES) {
    for (const level of KIT_LEVELS) {
      // Junior loops lean on behaviour; the others use the role's rubric.
      const rubric = level === 'Junior' && role !== 'Engineering Manager' && kits.length % 2 === 0 ? rubricNamed('Behavioral interview') : rubricNamed(RUBRIC_OF_ROLE[role] ?? 'Technical interview');
      kits.push(kit(`${level} ${role} loop`, role, rubric, between(random, 5, 7), () => between(random, 5, 9), between(random, 3, 30), null));
    }
  }
  kits.push(kit(PHONE_SCREEN, 'Any', rubricNamed('Situational interview'), 2, () => between(random, 10, 12), 3, null));
  kits.push(kit(DEEP_DIVE, 'Any', rubricNamed('Problem-solving interview'), 12, () => 5, 20, null));
  kits.push(kit(LEGACY_KIT, 'Any', rubricNamed('Generalist (retired)'), 6, () => between(random, 5, 8), 1, 400));

  return kits;
}

export type RubricKitResult = { rubrics: Rubric[]; kits: Kit[] };

/** Rubrics (with revisions) and a few dozen kits across roles and levels, built from the bank's questions, in memory. */
export function planRubricsAndKits(seed: number, questions: BankQuestion[], teamCreatedAt: Date): RubricKitResult {
  const random = stream(seed, 'kits');
  const rubrics = buildRubrics(seed, teamCreatedAt);

  return { rubrics, kits: buildKits(seed, random, rubrics, questions, teamCreatedAt) };
}

/** Stores the planned rubrics and kits. */
export async function loadRubricsAndKits(dataSource: DataSource, teamId: string, coordinatorId: string, plan: RubricKitResult): Promise<RubricKitResult> {
  const { rubrics, kits } = plan;
  const versionCount = rubrics.reduce((sum, rubric) => sum + rubric.versions.length, 0);
  const itemCount = kits.reduce((sum, kit) => sum + kit.items.length, 0);
  const progress = new PhaseProgress('rubrics and kits', rubrics.length + versionCount + kits.length + itemCount);
  await dataSource.transaction(async (manager) => {
    const rubricRows = new BulkInsert(manager, {
      table: 'rubric',
      columns: [['id', 'uuid'], ['team_id', 'uuid'], ['name', 'text'], ['description', 'text'], ['default_for_kind', 'text'], ['version', 'int'],
        ['archived_at', 'timestamptz'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']],
    }, progress);
    const versionRows = new BulkInsert(manager, {
      table: 'rubric_version',
      columns: [['id', 'uuid'], ['rubric_id', 'uuid'], ['version', 'int'], ['scale', 'jsonb'], ['competencies', 'jsonb'], ['created_by_id', 'uuid'], ['created_at', 'timestamptz']],
    }, progress);
    for (const rubric of rubrics) {
      const latest = rubric.versions.at(-1) as RubricVersion;
      await rubricRows.add(rubric.id, teamId, rubric.name, rubric.description, rubric.defaultForKind, latest.version, rubric.archivedAt, rubric.createdAt, rubric.archivedAt ?? latest.createdAt);
    }
    await rubricRows.flush();
    for (const rubric of rubrics) {
      for (const version of rubric.versions) {
        await versionRows.add(version.id, rubric.id, version.version, JSON.stringify(version.scale), JSON.stringify(version.competencies), rubric.defaultForKind ? null : coordinatorId, version.createdAt);
      }
    }
    await versionRows.flush();
    const kitRows = new BulkInsert(manager, {
      table: 'interview_kit',
      columns: [['id', 'uuid'], ['team_id', 'uuid'], ['name', 'text'], ['target_role', 'text'], ['rubric_id', 'uuid'], ['instructions', 'text'], ['version', 'int'],
        ['archived_at', 'timestamptz'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']],
    }, progress);
    for (const kit of kits) {
      await kitRows.add(kit.id, teamId, kit.name, kit.targetRole, kit.rubric.id, `Keep to ${kit.durationMinutes} minutes. Probe for specifics; note evidence as you go.`, kit.version,
        kit.archivedAt, kit.createdAt, kit.archivedAt ?? kit.updatedAt);
    }
    await kitRows.flush();
    const itemRows = new BulkInsert(manager, {
      table: 'interview_kit_item',
      columns: [['id', 'uuid'], ['kit_id', 'uuid'], ['question_id', 'uuid'], ['position', 'int'], ['planned_minutes', 'int']],
    }, progress);
    for (const kit of kits) {
      for (const item of kit.items) {
        await itemRows.add(item.id, kit.id, item.question.id, item.position, item.plannedMinutes);
      }
    }
    await itemRows.flush();
  });
  progress.finish();

  return { rubrics, kits };
}
