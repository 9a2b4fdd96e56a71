import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import {
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInputType,
  isListType,
  isObjectType,
} from 'graphql';

import { QUERY_LIMITS } from '@api/app/graphql/graphql-options';
import { builtSchema, leafInputs, mutationDocument, postGraphQL, withValueAt } from '@api-test/integration/security/mutation-inputs';
import { OPERATION_BASELINES } from '@api-test/integration/security/operation-baselines';
import { createTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import { subscribe } from '@api-test/support/subscription-client';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

// Issue #20, points 1 and 4: a request the client got wrong is a 400 with Apollo's code and a
// message saying what is wrong (which limit, for the abuse limits); a 500 is only ever a server
// fault. In production no message suggests a name of the schema.

type Row = { name: string; query: string; variables?: Record<string, unknown>; code: string; message: RegExp };

const nested = (depth: number): string => (depth === 0 ? 'label' : `label children { ${nested(depth - 1)} }`);
const wide = Array.from({ length: 40 }, () => 'prompt context kind number revision').join(' ');
const costly = `node { ${wide} answer { fields { label text items children { label text items children { label text items } } } } }`;

const ROWS: Row[] = [
  { name: 'an unfinished document', query: '{ me { ', code: 'GRAPHQL_PARSE_FAILED', message: /^Syntax Error: Expected Name/ },
  { name: 'an unterminated string', query: '{ kit(id: "abc) { id } }', code: 'GRAPHQL_PARSE_FAILED', message: /^Syntax Error: Unterminated string/ },
  { name: 'a stray character', query: '{ me } }', code: 'GRAPHQL_PARSE_FAILED', message: /^Syntax Error: Unexpected "}"/ },
  {
    name: 'a document over the token limit',
    query: `{ ${Array.from({ length: QUERY_LIMITS.maxTokens }, () => '__typename').join(' ')} }`,
    code: 'GRAPHQL_PARSE_FAILED',
    message: new RegExp(`^Token limit of ${QUERY_LIMITS.maxTokens} exceeded`),
  },
  {
    name: 'a syntax error in a document over the token limit',
    query: `{ ${Array.from({ length: QUERY_LIMITS.maxTokens }, () => '__typename').join(' ')} ( }`,
    code: 'GRAPHQL_PARSE_FAILED',
    message: new RegExp(`^Token limit of ${QUERY_LIMITS.maxTokens} exceeded`),
  },
  { name: 'an unknown field', query: '{ questoins { totalCount } }', code: 'GRAPHQL_VALIDATION_FAILED', message: /^Cannot query field "questoins"/ },
  { name: 'a missing argument', query: '{ kit { id } }', code: 'GRAPHQL_VALIDATION_FAILED', message: /argument "id" of type "ID!" is required/ },
  {
    name: 'a query deeper than the depth limit',
    query: `{ question(id: "00000000-0000-0000-0000-000000000000") { answer { fields { ${nested(QUERY_LIMITS.maxDepth)} } } } }`,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: new RegExp(`^Query depth limit of ${QUERY_LIMITS.maxDepth} exceeded, found \\d+\\.$`),
  },
  {
    name: 'more aliases than the alias limit',
    query: `{ ${Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, index) => `a${index}: me { user { id } }`).join(' ')} }`,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: new RegExp(`^Aliases limit of ${QUERY_LIMITS.maxAliases} exceeded, found ${QUERY_LIMITS.maxAliases + 1}\\.$`),
  },
  {
    name: 'more directives than the directive limit',
    query: `{ me { user { id ${'@include(if: true) '.repeat(QUERY_LIMITS.maxDirectives + 1)} } } }`,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: new RegExp(`^Directives limit of ${QUERY_LIMITS.maxDirectives} exceeded, found \\d+\\.$`),
  },
  {
    name: 'a query over the cost limit',
    query: `{ ${Array.from({ length: 12 }, (_, index) => `q${index}: questions(first: 100) { edges { ${costly} } }`).join(' ')} }`,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: new RegExp(`^Query Cost limit of ${QUERY_LIMITS.maxCost} exceeded, found [\\d.]+\\.$`),
  },
  {
    name: 'two operations and no operation name',
    query: 'query A { me { user { id } } } query B { me { user { id } } }',
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: /operation name/,
  },
  {
    name: 'a variable of the wrong type',
    query: 'query Q($first: Int!) { candidates(first: $first) { totalCount } }',
    variables: { first: 'many' },
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$first" got invalid value/,
  },
];

/** A misspelling graphql-js would suggest the right name for. */
const misspelt = (name: string) => `${name}x`;

/** `suggestions`: how many errors name a close match where suggestions are allowed (default 1). */
type Probe = Omit<Row, 'code' | 'message'> & { suggestions?: number };

const ownTypes = (schema: GraphQLSchema) => Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__'));

/**
 * A variables value reaching every input object under `type` with an unknown
 * (misspelt) field beside it, for variable coercion: `[{ namex: 1 }]` and so on.
 * Required fields stay missing; graphql-js reports every error, the unknown one included.
 */
function unknownFieldValues(type: GraphQLInputType, depth = 0): { at: string; value: unknown }[] {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || depth > 6) {
    return [];
  }
  const wrap = (value: unknown) => (isListType(getNullableType(type)) ? [value] : value);
  const fields = Object.values(named.getFields());
  const own = { at: `${named.name}.${misspelt(fields[0]?.name ?? 'field')}`, value: wrap({ [misspelt(fields[0]?.name ?? 'field')]: 1 }) };

  return [
    own,
    ...fields.flatMap((field) =>
      unknownFieldValues(field.type, depth + 1).map((inner) => ({ at: inner.at, value: wrap({ [field.name]: inner.value }) })),
    ),
  ];
}

/**
 * Requests that make graphql-js suggest a name of the schema, walked from the
 * schema. Validation: every root operation, every field and argument of every
 * object type, every type name and every input object field (inline) misspelt.
 * Variable coercion: every enum value and every input object field reachable
 * from an operation's arguments misspelt in the variables.
 */
function suggestionProbes(schema: GraphQLSchema): Probe[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ] as const;
  const operations = roots.flatMap(([kind, root]) => Object.values(root?.getFields() ?? {}).map((operation) => ({ kind, operation })));

  const perOperation = operations.flatMap(({ kind, operation }: { kind: 'query' | 'mutation' | 'subscription'; operation: GraphQLField<unknown, unknown> }) => {
    const variables = OPERATION_BASELINES[operation.name]?.variables ?? {};
    const document = mutationDocument(operation, kind);
    // An argument with a default is left out of the generated document (its inline probe covers it).
    const withDefault = new Set(operation.args.filter((arg) => arg.defaultValue !== undefined).map((arg) => arg.name));
    const enums = leafInputs(operation, isEnumType).filter((input) => !withDefault.has(String(input.path[0]))).map((input) => {
      const value = misspelt((isEnumType(input.type) ? input.type.getValues()[0]?.name : null) ?? 'X');

      return { name: `${operation.name}: ${input.path.join('.')} = ${value}`, query: document, variables: withValueAt(variables, input.path, input.isList ? [value] : value) };
    });
    const inlineEnums = operation.args
      .filter((arg) => isEnumType(getNamedType(arg.type)))
      .map((arg) => ({ name: `${operation.name}(${arg.name}: inline)`, query: `${kind} { ${operation.name}(${arg.name}: ${misspelt('VALUE')}) }` }));
    const unknownFields = operation.args.flatMap((arg) =>
      unknownFieldValues(arg.type).flatMap(({ at, value }) => [
        { name: `${operation.name}(${arg.name}): variable with ${at}`, query: document, variables: { ...variables, [arg.name]: value } },
        { name: `${operation.name}(${arg.name}): inline ${at}`, query: `${kind} { ${operation.name}(${arg.name}: ${inlineLiteral(value)}) }` },
      ]),
    );

    return [
      { name: `${operation.name} misspelt`, query: `${kind} { ${misspelt(operation.name)} }` },
      ...operation.args.map((arg) => ({ name: `${operation.name}(${misspelt(arg.name)})`, query: `${kind} { ${operation.name}(${misspelt(arg.name)}: 1) }` })),
      ...enums,
      ...inlineEnums,
      ...unknownFields,
    ];
  });

  const perType = ownTypes(schema).flatMap((type) => {
    const unknownType = isInputType(type)
      ? { name: `variable of type ${misspelt(type.name)}`, query: `query Probe($value: ${misspelt(type.name)}) { me { __typename } }`, variables: {} }
      : { name: `fragment on ${misspelt(type.name)}`, query: `query Probe { ...F } fragment F on ${misspelt(type.name)} { __typename }` };
    if (!isObjectType(type)) {
      return [unknownType];
    }
    // A request per type (per 20 fields: graphql-js stops at 100 errors a document): every
    // field misspelt, and every argument of every field misspelt.
    const fields = Object.values(type.getFields());
    const chunks = Array.from({ length: Math.ceil(fields.length / 20) }, (_, index) => fields.slice(index * 20, index * 20 + 20));

    return [
      unknownType,
      ...chunks.map((chunk, index) => ({
        name: `${type.name}: fields ${index * 20 + 1}–${index * 20 + chunk.length} and their arguments misspelt`,
        query: `query Probe { me { __typename } } fragment F on ${type.name} { ${chunk
          .flatMap((field) => [misspelt(field.name), ...(field.args.length ? [`${field.name}(${field.args.map((arg) => `${misspelt(arg.name)}: 1`).join(', ')})`] : [])])
          .join(' ')} }`,
        suggestions: chunk.length + chunk.reduce((sum, field) => sum + field.args.length, 0),
      })),
    ];
  });

  return [...perOperation, ...perType];
}

/** A GraphQL literal of a JSON value (object keys unquoted). */
function inlineLiteral(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(inlineLiteral).join(', ')}]`;
  }
  if (value && typeof value === 'object') {
    return `{ ${Object.entries(value).map(([key, inner]) => `${key}: ${inlineLiteral(inner)}`).join(', ')} }`;
  }

  return JSON.stringify(value);
}

describe.each(['development', 'production'] as const)('request errors in %s (issue #20)', (mode) => {
  let testApp: TestApp;
  let cookie: string | undefined;

  beforeAll(async () => {
    testApp = await startTestApp({ NODE_ENV: mode, LOG_LEVEL: 'error' });
    const team = await createTeam(testApp.dataSource, `request-errors-${mode}`);
    cookie = (await testApp.client().signIn(team.coordinator.email, TEST_PASSWORD)).cookieHeader;
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should answer every malformed request with HTTP 400, its code and a message saying what is wrong, logging nothing', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error');
    const wrong: string[] = [];
    for (const row of ROWS) {
      const { status, body } = await postGraphQL(testApp.baseUrl, cookie, row.query, row.variables ?? {});
      const [error] = body.errors ?? [];
      if (status !== 400 || error?.extensions?.['code'] !== row.code || !row.message.test(error.message)) {
        wrong.push(`${row.name} → HTTP ${status} ${String(error?.extensions?.['code'])} "${error?.message.slice(0, 100) ?? ''}"`);
      }
    }
    const loggedCalls = logged.mock.calls.length;
    logged.mockRestore();

    expect(wrong).toEqual([]);
    expect(loggedCalls).toBe(0);
  });

  const json = { 'content-type': 'application/json' };
  const RAW: { name: string; path?: string; init: RequestInit; status: number; code: string }[] = [
    { name: 'a body without a query', init: { method: 'POST', headers: json, body: '{}' }, status: 400, code: 'BAD_REQUEST' },
    { name: 'a batch', init: { method: 'POST', headers: json, body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]) }, status: 400, code: 'BAD_REQUEST' },
    { name: 'a GET without the CSRF header', path: '?query=%7B__typename%7D', init: { method: 'GET' }, status: 400, code: 'BAD_REQUEST' },
    {
      name: 'a mutation sent by GET',
      path: `?query=${encodeURIComponent('mutation { signOut }')}`,
      init: { method: 'GET', headers: { 'apollo-require-preflight': 'true' } },
      status: 405,
      code: 'BAD_REQUEST',
    },
    {
      name: 'a persisted query',
      init: { method: 'POST', headers: json, body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }) },
      // Apollo's persisted-query protocol answers 200, so a client falls back to the whole document.
      status: 200,
      code: 'PERSISTED_QUERY_NOT_SUPPORTED',
    },
  ];

  it('should answer HTTP requests that are not one GraphQL operation with the README\'s codes', async () => {
    const answers: string[] = [];
    for (const row of RAW) {
      const response = await fetch(`${testApp.baseUrl}/graphql${row.path ?? ''}`, row.init);
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      answers.push(`${row.name}: ${response.status} ${String(body.errors?.[0]?.extensions?.code)}`);
    }

    expect(answers).toEqual(RAW.map((row) => `${row.name}: ${row.status} ${row.code}`));
  });

  const suggests = mode === 'development';
  it(`should ${suggests ? '' : 'never '}suggest schema names, in validation and variable coercion, for every name of the schema`, async () => {
    const probes = suggestionProbes(builtSchema(testApp.app));
    const suggesting: string[] = [];
    const silent: string[] = [];
    const queue = [...probes];
    // A few at a time: well over a thousand requests.
    const worker = async () => {
      for (let probe = queue.shift(); probe; probe = queue.shift()) {
        const { body } = await postGraphQL(testApp.baseUrl, cookie, probe.query, probe.variables ?? {});
        const suggestions = (body.errors ?? []).filter((error) => /did you mean/i.test(error.message)).length;
        if (suggestions > 0) {
          suggesting.push(probe.name);
        }
        if (suggestions < (probe.suggestions ?? 1)) {
          silent.push(`${probe.name}: ${suggestions} of ${probe.suggestions ?? 1}`);
        }
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));

    expect(probes.reduce((sum, probe) => sum + (probe.suggestions ?? 1), 0)).toBeGreaterThan(1_000);
    if (suggests) {
      // Each probe does draw its suggestions where they are allowed, so silence in production means hidden.
      expect(silent).toEqual([]);
    } else {
      expect(suggesting).toEqual([]);
    }
  }, 180_000);

  const aliasesOverLimit = `subscription Probe($sessionId: ID!) { sessionActivity(sessionId: $sessionId) { ${Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, index) => `a${index}: kind`).join(' ')} } }`;
  it(`should ${suggests ? '' : 'never '}suggest schema names over the subscription socket, which keeps the limits`, async () => {
    const caller = testApp.client();
    await caller.signIn(`request-errors-${mode}-coord@example.test`, TEST_PASSWORD);
    const probes = [
      'subscription Probe { sessionActivityx }',
      'subscription Probe($sessionId: ID!) { sessionActivity(sessionId: $sessionId) { kindx } }',
      'subscription Probe($sessionId: IDx!) { sessionActivity(sessionId: $sessionId) { __typename } }',
    ];
    const logged = jest.spyOn(Logger.prototype, 'error');
    const errors: { message: string; extensions?: { code?: string } }[] = [];
    for (const query of [...probes, aliasesOverLimit]) {
      const subscription = subscribe(testApp.baseUrl, caller, query, { sessionId: '00000000-0000-0000-0000-000000000000' });
      const failure = await subscription.next().then(
        () => [],
        (error: unknown) => (Array.isArray(error) ? (error as typeof errors) : [{ message: String(error) }]),
      );
      await subscription.close();
      errors.push(...failure);
    }
    const loggedCalls = logged.mock.calls.length;
    logged.mockRestore();
    const messages = errors.map((error) => error.message);

    expect(errors.map((error) => error.extensions?.code)).toEqual(errors.map(() => 'GRAPHQL_VALIDATION_FAILED'));
    expect(loggedCalls).toBe(0);
    expect(messages).toHaveLength(probes.length + 1);
    expect(messages.slice(0, probes.length).filter((message) => /did you mean/i.test(message))).toHaveLength(suggests ? probes.length : 0);
    // The socket keeps the HTTP endpoint's limits.
    expect(messages[probes.length]).toBe(`Aliases limit of ${QUERY_LIMITS.maxAliases} exceeded, found ${QUERY_LIMITS.maxAliases + 1}.`);
  });
});
