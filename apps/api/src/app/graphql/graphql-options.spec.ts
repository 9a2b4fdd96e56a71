import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ApolloArmor } from '@escape.tech/graphql-armor';
import { buildSchema, type DefinitionNode, Kind, parse, validate } from 'graphql';

import { QUERY_LIMITS } from './graphql-options';

/** Every document the web app sends, as listed in its generated GraphQL map. */
function webDocuments(): string[] {
  const source = readFileSync(join(process.cwd(), 'apps/web/src/generated/gql.ts'), 'utf8');
  const block = source.slice(source.indexOf('type Documents = {'), source.indexOf('};'));
  const keys = [...block.matchAll(/^ {2}'((?:[^'\\]|\\.)*)': typeof types\.\w+;$/gm)].map((match) => match[1] ?? '');

  return keys.map((key) => JSON.parse(`"${key.replace(/"/g, '\\"').replace(/\\'/g, "'")}"`) as string);
}

describe('query limits', () => {
  it('should let every operation of the web app through, with room to grow', () => {
    const schema = buildSchema(readFileSync(join(process.cwd(), 'apps/api/schema.gql'), 'utf8'));
    const definitions: DefinitionNode[] = webDocuments().flatMap((document) => parse(document).definitions);
    const fragments = definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
    const operations = definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    // Well inside the production limits: an operation that needs more is a warning sign, not a near miss.
    const halved = new ApolloArmor({
      maxDepth: { n: QUERY_LIMITS.maxDepth - 4, flattenFragments: true },
      maxAliases: { n: QUERY_LIMITS.maxAliases },
      maxDirectives: { n: QUERY_LIMITS.maxDirectives },
      maxTokens: { n: QUERY_LIMITS.maxTokens / 2 },
      costLimit: { maxCost: QUERY_LIMITS.maxCost / 2 },
    }).protect();

    expect(operations.length).toBeGreaterThan(20);
    const refused = operations.flatMap((operation) =>
      validate(schema, { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }, halved.validationRules).map(
        (error) => `${operation.kind === Kind.OPERATION_DEFINITION ? operation.name?.value : '?'}: ${error.message}`,
      ),
    );

    expect(refused).toEqual([]);
  });
});
