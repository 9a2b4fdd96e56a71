import {
  type GraphQLField,
  type GraphQLInputField,
  isInputObjectType,
  isNonNullType,
  isScalarType,
} from 'graphql';

import {
  type PanelFixture,
  createPanelFixture,
} from '@api-test/support/interview-fixture';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

import { changedTables, databaseFingerprint } from './database-state';
import {
  builtSchema,
  leafInputs,
  mutationDocument,
  postGraphQL,
  validationField,
  withValueAt,
} from './mutation-inputs';
import { OPERATION_BASELINES } from './operation-baselines';

// Issue #20, point 3: a required text is trimmed before it is validated, so whitespace alone is
// refused as BAD_USER_INPUT naming the field, in every operation, and nothing is stored.

// Required texts kept exactly as sent (ExactText): whitespace is part of a password.
const EXACT = [
  'signIn: input.password',
  'changePassword: input.currentPassword',
  'changePassword: input.newPassword',
  'acceptInvite: input.password',
  'completeSetup: input.password',
  'resetPassword: input.newPassword',
];
// Required by the schema, blank by design: a note may be emptied; a secret token that matches
// nothing is NOT_FOUND whatever it holds; a guide file is judged per file in the import report.
const BLANK_ALLOWED = [
  'invitePreview: token',
  'passwordResetPreview: token',
  'bookingPage: token',
  'bookSlot: input.token',
  'rescheduleBooking: input.token',
  'cancelBooking: input.token',
  'importGuides: input.files.0.fileName',
  'importGuides: input.files.0.text',
  'saveSessionNote: input.text',
];

const BLANKS = [
  { name: 'spaces', value: '   ' },
  { name: 'tabs and line breaks', value: '\t\n\r\n' },
  { name: 'no-break and ideographic spaces', value: '\u00a0\u3000\u2003' },
];

type Operation = {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
};

/** A String the caller must send: non-null and without a default, as an argument or an input field. */
function requiredTexts(field: GraphQLField<unknown, unknown>) {
  const declaration = (
    parentType: string | null,
    name: string,
  ):
    | GraphQLInputField
    | GraphQLField<unknown, unknown>['args'][number]
    | undefined =>
    parentType === null
      ? field.args.find((arg) => arg.name === name)
      : undefined;

  return leafInputs(
    field,
    (type) => isScalarType(type) && type.name === 'String',
  ).filter((input) => {
    const declared =
      declaration(input.parentType, input.field) ??
      inputField(field, input.path);

    return (
      declared !== undefined &&
      isNonNullType(declared.type) &&
      declared.defaultValue === undefined
    );
  });
}

function inputField(
  field: GraphQLField<unknown, unknown>,
  path: (string | number)[],
): GraphQLInputField | undefined {
  let type = field.args.find((arg) => arg.name === path[0])?.type;
  let found: GraphQLInputField | undefined;
  for (const key of path.slice(1)) {
    if (typeof key === 'number') {
      continue;
    }
    const named = type && (isNonNullType(type) ? type.ofType : type);
    const object =
      named && 'ofType' in named
        ? isNonNullType(named.ofType)
          ? named.ofType.ofType
          : named.ofType
        : named;
    if (!isInputObjectType(object)) {
      return undefined;
    }
    found = object.getFields()[key];
    type = found?.type;
  }

  return found;
}

describe('blank required text (issue #20)', () => {
  let testApp: TestApp;
  let panel: PanelFixture;
  let operations: Operation[];

  beforeAll(async () => {
    testApp = await startTestApp();
    panel = await createPanelFixture(testApp, 'blank');
    const schema = builtSchema(testApp.app);
    operations = (
      [
        ['query', schema.getQueryType()],
        ['mutation', schema.getMutationType()],
      ] as const
    ).flatMap(([kind, root]) =>
      Object.values(root?.getFields() ?? {}).map((field) => ({ kind, field })),
    );
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should hold valid arguments for every operation taking required text', () => {
    const missing = operations
      .filter(
        ({ field }) =>
          requiredTexts(field).length && !OPERATION_BASELINES[field.name],
      )
      .map(({ field }) => field.name);

    expect(missing).toEqual([]);
  });

  it.each(BLANKS)(
    'should refuse $name in every required text with BAD_USER_INPUT naming the field, storing nothing',
    async ({ value }) => {
      const accepted: string[] = [];
      const wrong: string[] = [];
      const before = await databaseFingerprint(testApp.dataSource);
      for (const { kind, field } of operations) {
        const baseline = OPERATION_BASELINES[field.name];
        for (const input of baseline ? requiredTexts(field) : []) {
          const name = `${field.name}: ${input.path.join('.')}`;
          const variables = withValueAt(
            baseline.variables,
            input.path,
            input.isList ? [value] : value,
          );
          const { status, body } = await postGraphQL(
            testApp.baseUrl,
            baseline.as === 'anonymous'
              ? undefined
              : panel.coordinator.cookieHeader,
            mutationDocument(field, kind),
            variables,
          );
          const [error] = body.errors ?? [];
          const refused =
            status < 500 && error?.extensions?.['code'] === 'BAD_USER_INPUT';
          // The availability rules name list items with brackets (`weeklyWindows[0].start`): the same field.
          const named = String(error?.extensions?.['field']).replace(
            /\[(\d+)\]/g,
            '.$1',
          );
          if (refused && named !== validationField(input)) {
            wrong.push(
              `${name} → field=${String(error.extensions?.['field'])}`,
            );
          } else if (!refused) {
            accepted.push(name);
          }
        }
      }

      expect(wrong).toEqual([]);
      // Exact texts may still be refused by their own rules (the password policy): either is fine for them.
      expect(accepted.filter((name) => !EXACT.includes(name)).sort()).toEqual(
        [...BLANK_ALLOWED].sort(),
      );
      // A blank password is an exact text, tried like any other: the failed sign-in is counted.
      expect(
        changedTables(
          before,
          await databaseFingerprint(testApp.dataSource),
        ).filter((table) => table !== 'login_throttle'),
      ).toEqual([]);
    },
  );

  it.each([
    {
      name: 'candidate',
      document: `mutation C($input: CreateCandidateInput!) { createCandidate(input: $input) { name } }`,
      input: { name: '  Casey Jones \t' },
    },
    {
      name: 'rubric',
      document: `mutation R($input: CreateRubricInput!) { createRubric(input: $input) { name } }`,
      input: { name: '\u00a0Depth ', competencies: [{ name: 'Clarity' }] },
    },
  ])('should store a $name name trimmed', async ({ document, input }) => {
    const data = await panel.coordinator.data(document, { input });

    expect(Object.values(data)[0]).toEqual({ name: input.name.trim() });
  });
});
