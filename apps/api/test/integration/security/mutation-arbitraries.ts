import fc from 'fast-check';
import {
  type GraphQLInputObjectType,
  type GraphQLInputType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

import { sampleGuide } from '@api-test/support/guides';

import { declaredLimit, type MutationField, withValueAt } from './mutation-inputs';

// Generators for the mutation fuzz: values a careful client sends (built on the
// records the spec sets up and the fuzz creates), values nobody should send,
// and both combined along the schema's input types.

export const INTERVIEWER_MUTATIONS = new Set(['setAvailability', 'saveSessionNote', 'saveScorecard', 'submitScorecard', 'amendScorecard']);

// Sessions: every one; those the fuzz may move and cancel; those kept for notes and scorecards (started, or ended).
export type PoolName =
  | 'candidate'
  | 'kit'
  | 'rubric'
  | 'session'
  | 'bookableSession'
  | 'roomSession'
  | 'sessionQuestion'
  | 'question'
  | 'user'
  | 'scorecard'
  | 'competency'
  | 'membership';
export type Actor = 'coordinator' | 'lead' | 'co' | 'shadow' | 'otherCoordinator' | 'anonymous';
// inList: a list's item, which the list's own special values do not apply to.
type Ctx = { parent: string; field: string; inList?: boolean };
type Arb = fc.Arbitrary<unknown>;

/** Records of the team under test (growing as the fuzz creates more) and of another team. */
const emptyPools = (): Record<PoolName, string[]> => ({
  candidate: [], kit: [], rubric: [], session: [], bookableSession: [], roomSession: [], sessionQuestion: [], question: [], user: [], scorecard: [], competency: [], membership: [],
});
export const own = emptyPools();
export const foreign = emptyPools();
/** The plan (session question ids) of each session booked in setup. */
export const planOf: Record<string, string[]> = {};
/** What a careful client knows from earlier answers: each record's last version, and who owns each scorecard. */
export const knownVersion = new Map<string, number>();
export const ownerOf = new Map<string, Actor>();
/** Set up by the spec: the competencies of the fixture kit's rubric (for complete scorecards), and the clock at setup. */
export const fuzzState = { kitCompetencies: [] as string[], clockBase: 0 };

const pick = (pool: string[]): fc.Arbitrary<string> =>
  fc.nat().map((index) => (pool.length ? pool[index % pool.length] : '9a3e4b5c-6d7e-4f80-9123-456789abcdef'));

const POOL_BY_FIELD: Record<string, PoolName> = {
  candidateId: 'candidate',
  targetId: 'candidate',
  sourceIds: 'candidate',
  kitId: 'kit',
  rubricId: 'rubric',
  sessionId: 'session',
  sessionQuestionId: 'sessionQuestion',
  questionId: 'question',
  userId: 'user',
  interviewerId: 'user',
  scorecardId: 'scorecard',
  competencyId: 'competency',
  membershipId: 'membership',
  'CancelSessionInput.sessionId': 'bookableSession',
  'RescheduleSessionInput.sessionId': 'bookableSession',
  'UpdateCandidateInput.id': 'candidate',
  'UpdateKitInput.id': 'kit',
  'UpdateRubricInput.id': 'rubric',
  'CompetencyInput.id': 'competency',
};
const poolOf = (ctx: Ctx): PoolName | undefined => POOL_BY_FIELD[`${ctx.parent}.${ctx.field}`] ?? POOL_BY_FIELD[ctx.field];

export const TYPENAME_POOLS: Record<string, PoolName[]> = {
  Candidate: ['candidate'],
  InterviewKit: ['kit'],
  Rubric: ['rubric'],
  InterviewSession: ['session', 'bookableSession'],
  Scorecard: ['scorecard'],
};

// --- values a careful client might send -----------------------------------------------------

const words = fc.lorem({ maxCount: 6 });
const someText = fc.oneof(words, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }));
const localDate = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const clockTime = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  fc.constantFrom('00:00', '23:59', '24:00'),
);
// Quarter hours from three days ago to a month ahead of the clock at setup.
const nearInstant = fc.integer({ min: -3 * 96, max: 30 * 96 }).map((quarters) => new Date(fuzzState.clockBase + quarters * 900_000).toISOString());

const templateGuide = fc.record({ title: words, prompt: words, answer: words }).map(
  ({ title, prompt, answer }) =>
    `---\nterm: "${title.replace(/"/g, '')} Interview Questions"\ncategory: "Technical"\n---\n\n## Questions\n\n#### ${prompt}?\n\n- **Answer:** ${answer}\n- **Follow-up points:**\n  - **Why?**\n    - Because.\n`,
);

const VALID_BY_FIELD: Record<string, () => Arb> = {
  email: () => fc.oneof(fc.emailAddress(), fc.nat({ max: 40 }).map((n) => `fuzz-${n}@example.test`)),
  timeZone: () => fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham', 'Etc/GMT+12', 'Not/A_Zone'),
  'TimeWindowInput.start': () => clockTime,
  'TimeWindowInput.end': () => clockTime,
  'WeeklyWindowInput.start': () => clockTime,
  'WeeklyWindowInput.end': () => clockTime,
  date: () => localDate,
  startDate: () => localDate,
  endDate: () => localDate,
  'TimeOffInput.kind': () => fc.constantFrom('dates', 'interval'),
  fileName: () => words.map((name) => `${name.replace(/\W+/g, '-') || 'guide'}.md`),
  'GuideFileInput.text': () =>
    fc.oneof(
      templateGuide,
      fc.constant(sampleGuide('product-manager.md').text),
      fc.tuple(fc.constant(sampleGuide('product-manager.md').text), someText).map(([text, extra]) => text.replace('#### How', `#### ${extra} How`)),
    ),
  reason: () => words.filter((text) => text.trim().length >= 3),
  rationale: () => words.filter((text) => text.trim().length >= 3),
  expectedVersion: () => fc.integer({ min: 0, max: 4 }),
  durationMinutes: () => fc.oneof(fc.constant(60), fc.integer({ min: 15, max: 480 })),
  plannedMinutes: () => fc.integer({ min: 1, max: 240 }),
  level: () => fc.integer({ min: 1, max: 4 }),
  weekday: () => fc.integer({ min: 0, max: 6 }),
  followUpsAsked: () => fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }),
  bufferMinutes: () => fc.integer({ min: 0, max: 240 }),
  dailyCap: () => fc.integer({ min: 1, max: 12 }),
  weeklyCap: () => fc.integer({ min: 1, max: 40 }),
  scorecardDueHours: () => fc.integer({ min: 1, max: 720 }),
  reminderAfterHours: () => fc.integer({ min: 1, max: 720 }),
  escalateAfterHours: () => fc.integer({ min: 1, max: 1440 }),
  minRescheduleNoticeHours: () => fc.integer({ min: 0, max: 720 }),
  maxReschedules: () => fc.integer({ min: 0, max: 100 }),
  editId: () => fc.uuid(),
  // A panel of the team's members, the first one leading.
  'ScheduleSessionInput.panel': () =>
    fc
      .uniqueArray(pick(own.user), { minLength: 1, maxLength: 3 })
      .chain((users) =>
        fc
          .array(fc.constantFrom('CO_INTERVIEWER', 'SHADOW'), { minLength: users.length, maxLength: users.length })
          .map((roles) => users.map((userId, index) => ({ userId, role: index === 0 ? 'LEAD' : roles[index] }))),
      ),
  // Now and then every competency of the kit's rubric, so drafts can be submitted.
  ratings: () =>
    fc.constant(null).chain(() =>
      fc.tuple(
        ...fuzzState.kitCompetencies.map((competencyId) =>
          fc.record({ competencyId: fc.constant(competencyId), level: fc.integer({ min: 1, max: 4 }), notAssessed: fc.constant(false), evidence: words }),
        ),
      ),
    ),
};

// --- whole inputs a careful client would send, so calls get past validation -----------------

const reasonText = words.filter((text) => text.trim().length >= 3);
const uniqueName = fc.tuple(words, fc.nat({ max: 999_999 })).map(([text, n]) => `${text} ${n}`.trim().slice(0, 100));
const duration = fc.integer({ min: 1, max: 16 }).map((quarters) => quarters * 15);
const competencies = fc
  .uniqueArray(uniqueName, { minLength: 1, maxLength: 3 })
  .chain((names) =>
    fc.tuple(
      ...names.map((name) =>
        fc.record({ name: fc.constant(name), description: words, anchors: fc.constantFrom([], [{ level: 1, text: 'Weak' }, { level: 4, text: 'Strong' }]) }),
      ),
    ),
  );
const rubricContent = {
  name: uniqueName,
  description: words,
  defaultForKind: fc.constantFrom(null, 'technical', 'behavioral'),
  scale: fc.constantFrom(null, [
    { level: 1, label: 'No' },
    { level: 2, label: 'Maybe' },
    { level: 3, label: 'Yes' },
    { level: 4, label: 'Strong yes' },
  ]),
  competencies,
};
const kitContent = {
  name: uniqueName,
  targetRole: words,
  rubricId: fc.constant(null).chain(() => pick(own.rubric)),
  instructions: words,
  items: fc
    .uniqueArray(fc.constant(null).chain(() => pick(own.question)), { maxLength: 4 })
    .chain((ids) => fc.tuple(...ids.map((questionId) => fc.record({ questionId: fc.constant(questionId), plannedMinutes: fc.integer({ min: 1, max: 60 }) })))),
};
const scorecardContent = (plan: () => string[]) => ({
  ratings: fc.constant(null).chain(() => (VALID_BY_FIELD['ratings'])()),
  questionRatings: fc.oneof(
    fc.constant([] as unknown[]),
    fc
      .constant(null)
      .chain(() => fc.tuple(pick(plan()), fc.integer({ min: 1, max: 4 })))
      .map(([sessionQuestionId, level]): unknown[] => [{ sessionQuestionId, level }]),
  ),
  recommendation: fc.constantFrom('STRONG_NO', 'NO', 'YES', 'STRONG_YES'),
  summary: words,
});
const weeklyWindows = fc
  .uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 5 })
  .chain((days) =>
    fc.tuple(...days.map((weekday) => fc.constantFrom(['09:00', '12:00'], ['13:00', '17:30'], ['00:00', '24:00']).map(([start, end]) => ({ weekday, start, end })))),
  );
const timeOffEntry = fc.oneof(
  fc.record({ kind: fc.constant('dates'), startDate: localDate, note: fc.option(words, { nil: undefined }) }).map((off) => ({ ...off, endDate: off.startDate })),
  fc.tuple(nearInstant, fc.integer({ min: 1, max: 96 })).map(([start, quarters]) => ({
    kind: 'interval',
    start,
    end: new Date(new Date(start).getTime() + quarters * 900_000).toISOString(),
  })),
);

/** Mostly the version last seen for the record (as a client would send), now and then a stale or future one. */
const versionOf = (id: string, fallback: number) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(knownVersion.get(id) ?? fallback) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 4 }) });
/** A record from a pool, with the version a client would pass back for it. */
const withVersion = (pool: string[], fallback: number) => pick(pool).chain((id) => fc.record({ id: fc.constant(id), expectedVersion: versionOf(id, fallback) }));

export const SANE: Record<string, () => fc.Arbitrary<Record<string, unknown>>> = {
  createCandidate: () => fc.record({ name: words, email: fc.option(VALID_BY_FIELD['email']() as fc.Arbitrary<string>, { nil: null }), targetRole: words, notes: words }),
  updateCandidate: () =>
    fc
      .tuple(withVersion(own.candidate, 1), fc.record({ name: words, email: fc.constant(null), targetRole: words, notes: words }))
      .map(([record, content]) => ({ ...record, ...content })),
  scheduleSession: () =>
    fc.record({
      candidateId: pick(own.candidate),
      kitId: pick(own.kit),
      startsAt: nearInstant,
      durationMinutes: duration,
      timeZone: fc.constantFrom('UTC', 'Europe/Berlin'),
      location: words,
      panel: (VALID_BY_FIELD['ScheduleSessionInput.panel'])(),
    }),
  rescheduleSession: () =>
    fc
      .tuple(
        withVersion(own.bookableSession, 1),
        fc.record({ startsAt: nearInstant, durationMinutes: fc.option(duration, { nil: undefined }), reason: reasonText, overridePolicy: fc.boolean() }),
      )
      .map(([{ id, expectedVersion }, change]) => ({ sessionId: id, expectedVersion, ...change })),
  cancelSession: () => fc.record({ sessionId: pick(own.bookableSession), reason: reasonText }),
  setAvailability: () =>
    fc.record({
      timeZone: fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York'),
      weeklyWindows,
      overrides: fc.uniqueArray(localDate, { maxLength: 2 }).map((dates) => dates.map((date) => ({ date, windows: [{ start: '10:00', end: '11:00' }] }))),
      timeOff: fc.array(timeOffEntry, { maxLength: 2 }),
      dailyCap: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
      weeklyCap: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
      bufferMinutes: fc.integer({ min: 0, max: 60 }),
      expectedVersion: fc.integer({ min: 0, max: 4 }),
    }),
  saveSessionNote: () =>
    fc.oneof(
      fc.record({ sessionId: pick(own.roomSession), text: words, expectedVersion: fc.integer({ min: 0, max: 3 }), editId: fc.uuid() }),
      pick(own.roomSession).chain((sessionId) => fc.record({
        sessionId: fc.constant(sessionId),
        sessionQuestionId: pick(planOf[sessionId] ?? own.sessionQuestion),
        text: words,
        followUpsAsked: fc.constantFrom([], [0]),
        customFollowUps: fc.array(words, { maxLength: 2 }),
        expectedVersion: fc.integer({ min: 0, max: 3 }),
        editId: fc.uuid(),
      })),
    ),
  saveScorecard: () =>
    pick(own.roomSession).chain((sessionId) =>
      fc.record({ sessionId: fc.constant(sessionId), expectedVersion: fc.integer({ min: 0, max: 3 }), ...scorecardContent(() => planOf[sessionId] ?? []) }),
    ),
  submitScorecard: () => withVersion(own.scorecard, 1).map(({ id, expectedVersion }) => ({ scorecardId: id, expectedVersion })),
  amendScorecard: () =>
    fc
      .tuple(withVersion(own.scorecard, 2), fc.record({ reason: reasonText, ...scorecardContent(() => planOf[own.roomSession[0] ?? ''] ?? []) }))
      .map(([{ id, expectedVersion }, content]) => ({ scorecardId: id, expectedVersion, ...content })),
  recordDecision: () =>
    fc.record({ candidateId: pick(own.candidate), decision: fc.constantFrom('ADVANCE', 'HOLD', 'REJECT', 'READY', 'NEEDS_PRACTICE'), rationale: reasonText }),
  createRubric: () => fc.record(rubricContent),
  updateRubric: () => fc.tuple(withVersion(own.rubric, 1), fc.record(rubricContent)).map(([record, content]) => ({ ...record, ...content })),
  createKit: () => fc.record(kitContent),
  updateKit: () => fc.tuple(withVersion(own.kit, 1), fc.record(kitContent)).map(([record, content]) => ({ ...record, ...content })),
  importGuides: () => fc.record({ files: fc.tuple(fc.record({ fileName: VALID_BY_FIELD['fileName'](), text: VALID_BY_FIELD['GuideFileInput.text']() })), dryRun: fc.boolean() }),
  updateTeamSettings: () =>
    fc.record(
      Object.fromEntries(
        ['scorecardDueHours', 'reminderAfterHours', 'escalateAfterHours', 'minRescheduleNoticeHours', 'maxReschedules'].map((field) => [field, VALID_BY_FIELD[field]()]),
      ),
      { requiredKeys: [] },
    ),
  inviteMember: () => fc.record({ email: VALID_BY_FIELD['email'](), role: fc.constantFrom('COORDINATOR', 'INTERVIEWER') }),
};

// --- values nobody should send ---------------------------------------------------------------

const hostileText: Arb = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    ' \t\r\n ',
    '\u0000',
    'a\u0000b',
    '\u200b\u200c\u200d\u2060\ufeff',
    '\u2764\uFE0F'.repeat(25_000),
    '\uD800',
    '\uDFFF\uD800x',
    '<script>alert(1)</script>',
    `"'><img src=x onerror=alert(1)>`,
    "'; DROP TABLE candidate; --",
    '%_\\',
    '${7*7}{{7*7}}',
    '\u202eevil',
    `=cmd|' /C calc'!A0`,
    'x'.repeat(100_001),
    '😀'.repeat(30_000),
  ),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom<unknown>(0, 1.5, true, [], {}),
);
const hostileInt: Arb = fc.oneof(
  fc.constantFrom<unknown>(-1, 0, -2_147_483_648, 2_147_483_647, 2_147_483_648, -2_147_483_649, 1.5, -0.5, 1e21, Number.MAX_SAFE_INTEGER, '5', 'NaN', true, null),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const hostileDate: Arb = fc.oneof(
  fc.constantFrom<unknown>(
    '1970-01-01T00:00:00.000Z',
    '0000-01-01T00:00:00.000Z',
    '0001-01-01T00:00:00.000Z',
    '-000001-01-01T00:00:00.000Z',
    '9999-12-31T23:59:59.999Z',
    '+010000-01-01T00:00:00.000Z',
    '+275760-09-13T00:00:00.000Z',
    '2031-02-30T10:00:00Z',
    '2031-13-01T00:00:00Z',
    'not a date',
    '',
    '2031-01-01',
    '10:00',
    '2031-01-01T10:00:00+14:00',
    0,
    -1,
    8.64e15,
    -8.64e15,
    1e300,
    true,
    null,
  ),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.integer().map(String),
);
const hostileBoolean: Arb = fc.constantFrom<unknown>('true', 1, 0, 'yes', null);
const hostileId = (ctx: Ctx): Arb => {
  const pool = poolOf(ctx);

  return fc.oneof(
    fc.uuid(),
    ...(pool ? [pick(foreign[pool]), pick(own[pool]).map((id) => id.toUpperCase())] : []),
    fc.constantFrom<unknown>('', 'not-a-uuid', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', "1' OR '1'='1", 'a'.repeat(37), 42),
    fc.string({ maxLength: 40 }),
  );
};

// --- arbitraries from the schema --------------------------------------------------------------

function fieldArb(type: GraphQLInputType, ctx: Ctx, depth: number): Arb {
  const inner = getNullableType(type);
  const value = fc.oneof({ weight: 14, arbitrary: validArb(inner, ctx, depth) }, { weight: 1, arbitrary: hostileArb(inner, ctx, depth) });

  return isNonNullType(type) ? value : fc.oneof({ weight: 5, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
}

function validArb(type: GraphQLInputType, ctx: Ctx, depth: number): Arb {
  const special = ctx.inList ? undefined : (VALID_BY_FIELD[`${ctx.parent}.${ctx.field}`] ?? VALID_BY_FIELD[ctx.field]);
  if (isListType(type)) {
    const generic = fc.array(fieldArb(type.ofType, { ...ctx, inList: true }, depth), { maxLength: 3 });

    return special ? fc.oneof(special(), generic) : generic;
  }
  if (special) {
    return special();
  }
  if (isInputObjectType(type)) {
    return recordArb(type, depth);
  }
  if (isEnumType(type)) {
    return fc.constantFrom(...type.getValues().map((value) => value.name));
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID': {
        const pool = poolOf(ctx);

        return pool ? pick(own[pool]) : fc.uuid();
      }
      case 'String':
        return someText;
      case 'Int':
        return fc.integer({ min: 0, max: 100 });
      case 'Float':
        return fc.double({ min: 0, max: 100, noNaN: true });
      case 'Boolean':
        return fc.boolean();
      case 'DateTime':
        return nearInstant;
      default:
        throw new Error(`No arbitrary for scalar ${type.name}`);
    }
  }
  throw new Error(`No arbitrary for ${String(type)}`);
}

function hostileArb(type: GraphQLInputType, ctx: Ctx, depth: number): Arb {
  if (isListType(type)) {
    // A list far longer than any the API takes, and things that are not lists.
    return fc.oneof(
      validArb(getNullableType(type.ofType), { ...ctx, inList: true }, depth).map((item) => Array.from({ length: 500 }, () => item)),
      fc.constantFrom<unknown>(null, 'not a list', 7),
    );
  }
  if (isInputObjectType(type)) {
    return fc.oneof(
      fc.constantFrom<unknown>(null, 'not an object', 7, []),
      recordArb(type, depth).map((record) => ({ ...(record as object), unknownField: 'x' })),
    );
  }
  if (isEnumType(type)) {
    const [first] = type.getValues();

    return fc.constantFrom<unknown>('', 'UNKNOWN_VALUE', first?.name.toLowerCase(), ` ${first?.name ?? ''}`, 0, null);
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return hostileId(ctx);
      case 'String':
        return hostileText;
      case 'Int':
      case 'Float':
        return hostileInt;
      case 'Boolean':
        return hostileBoolean;
      case 'DateTime':
        return hostileDate;
      default:
        throw new Error(`No hostile values for scalar ${type.name}`);
    }
  }
  throw new Error(`No hostile values for ${String(type)}`);
}

function recordArb(type: GraphQLInputObjectType, depth: number): Arb {
  if (depth > 5) {
    return fc.constant({});
  }
  const fields = Object.values(type.getFields());
  const model = Object.fromEntries(fields.map((field) => [field.name, fieldArb(field.type, { parent: type.name, field: field.name }, depth + 1)]));
  const requiredKeys = fields.filter((field) => isNonNullType(field.type) && field.defaultValue === undefined).map((field) => field.name);

  return fc.record(model, { requiredKeys });
}

export type Leaf = { path: (string | number)[]; type: GraphQLInputType; ctx: Ctx };

/** Every place in a value where a hostile value can go: each field of its objects (given or not), each item and each list. */
export function leavesOf(type: GraphQLInputType, value: unknown, path: (string | number)[], ctx: Ctx, found: Leaf[] = []): Leaf[] {
  const inner = getNullableType(type);
  found.push({ path, type: inner, ctx });
  if (isListType(inner) && Array.isArray(value)) {
    value.forEach((item, index) => leavesOf(inner.ofType, item, [...path, index], { ...ctx, inList: true }, found));
  } else if (isInputObjectType(inner) && typeof value === 'object' && value !== null) {
    for (const field of Object.values(inner.getFields())) {
      leavesOf(field.type, (value as Record<string, unknown>)[field.name], [...path, field.name], { parent: inner.name, field: field.name }, found);
    }
  }

  return found;
}

/**
 * The arguments of one call: a careful client's, the same with one value
 * anywhere in it made hostile, or anything the schema's types allow.
 */
function argumentsArb(mutation: MutationField): fc.Arbitrary<Record<string, unknown>> {
  const input = mutation.args.find((arg) => arg.name === 'input');
  const sane = input && SANE[mutation.name] ? (SANE[mutation.name])().map((value) => ({ input: value })) : null;
  const generic = fc.record(
    Object.fromEntries(mutation.args.map((arg) => [arg.name, fieldArb(arg.type, { parent: `Mutation.${mutation.name}`, field: arg.name }, 0)])),
  ) as fc.Arbitrary<Record<string, unknown>>;
  if (!sane || !input) {
    return generic;
  }
  const oneHostile = sane.chain((variables) => {
    const leaves = leavesOf(input.type, variables['input'], ['input'], { parent: `Mutation.${mutation.name}`, field: 'input' });

    return fc
      .nat({ max: leaves.length - 1 })
      .chain((index) => {
        const leaf = leaves[index];

        return hostileArb(leaf.type, leaf.ctx, 0).map((value) => withValueAt(variables, leaf.path, value));
      });
  });

  return fc.oneof({ weight: 3, arbitrary: sane }, { weight: 4, arbitrary: oneHostile }, { weight: 2, arbitrary: generic });
}

/** Who calls: for a scorecard of known owner, mostly its owner; otherwise weighted by who does that kind of work. */
export function callArb(mutation: MutationField): fc.Arbitrary<[Actor, Record<string, unknown>]> {
  return argumentsArb(mutation).chain((variables) => {
    const input = variables['input'] as Record<string, unknown> | undefined;
    const owner = typeof input?.['scorecardId'] === 'string' ? ownerOf.get(input['scorecardId']) : undefined;
    const actor = owner ? fc.oneof({ weight: 3, arbitrary: fc.constant(owner) }, { weight: 1, arbitrary: actorArb(mutation.name) }) : actorArb(mutation.name);

    return actor.map((chosen): [Actor, Record<string, unknown>] => [chosen, variables]);
  });
}

function actorArb(mutation: string): fc.Arbitrary<Actor> {
  const interviewerWork = INTERVIEWER_MUTATIONS.has(mutation);
  const weighted: [Actor, number][] = [
    ['coordinator', interviewerWork ? 1 : 8],
    ['lead', interviewerWork ? 6 : 1],
    ['co', interviewerWork ? 4 : 1],
    ['shadow', 1],
    ['otherCoordinator', 1],
    ['anonymous', 1],
  ];

  return fc.oneof(...weighted.map(([actor, weight]) => ({ weight, arbitrary: fc.constant(actor) })));
}

const INT_EDGES = [-2_147_483_648, -1, 0, 1, 2_147_483_647];
const DATE_EDGES = ['1970-01-01T00:00:00.000Z', '1969-12-31T23:59:59.999Z', '2999-12-31T23:59:59.999Z', '3000-01-01T00:00:00.000Z'];

/**
 * The edges of a field: the ends of Int, of the DateTime range, and text of
 * exactly the declared limit (which must then fit its column).
 */
export function boundaryValues(leaf: Leaf): unknown[] {
  if (!isScalarType(leaf.type)) {
    return [];
  }
  switch (leaf.type.name) {
    case 'Int':
      return INT_EDGES;
    case 'DateTime':
      return DATE_EDGES;
    case 'String': {
      const limit = declaredLimit({ parentType: leaf.ctx.parent, field: leaf.ctx.field })?.max;

      return limit ? ['x'.repeat(limit), '\u00e9'.repeat(limit)] : [];
    }
    default:
      return [];
  }
}

