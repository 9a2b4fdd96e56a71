import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { buildSchema, parse, print, visit } from 'graphql';

import { describeRootTypes, ROOT_TYPE_DESCRIPTIONS } from './root-type-descriptions';

// graphql-schema-linter is CommonJS and loads its rules with require: load it
// (and the repo's config, the one api:schema-lint uses) through Node's own require.
const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));
type Finding = { ruleName: string; message: string };
type Issue = { message: string };
const { Configuration } = requireFromRoot('graphql-schema-linter/lib/configuration.js') as {
  Configuration: new (schema: unknown, options: object) => { validate(): Issue[]; getRules(): unknown[] };
};
const { Schema } = requireFromRoot('graphql-schema-linter/lib/schema.js') as {
  Schema: new (definition: string, sourceMap: null) => unknown;
};
const { validateSchemaDefinition } = requireFromRoot('graphql-schema-linter/lib/validator.js') as {
  validateSchemaDefinition(schema: unknown, rules: unknown[], configuration: unknown): Finding[];
};
const options = requireFromRoot('./graphql-schema-linter.config.js') as { rules: string[] };

function lint(definition: string): Finding[] {
  const configuration = new Configuration(new Schema(definition, null), options);

  return validateSchemaDefinition(new Schema(definition, null), configuration.getRules(), configuration).map(
    ({ ruleName, message }) => ({ ruleName, message }),
  );
}

const committedSchema = () => readFileSync(join(process.cwd(), 'apps/api/schema.gql'), 'utf8');

/** The committed schema with the descriptions of the named members removed. */
function withoutDescriptions(definition: string, members: string[]): string {
  const path: string[] = [];
  const strip = (name: string) => (node: { description?: unknown }) => {
    path.push(name);

    return members.includes(path.join('.')) ? { ...node, description: undefined } : undefined;
  };
  const leave = () => {
    path.pop();
  };
  const named = (node: { name: { value: string } }) => strip(node.name.value)(node as { description?: unknown });

  return print(
    visit(parse(definition), {
      ObjectTypeDefinition: { enter: named, leave },
      InputObjectTypeDefinition: { enter: named, leave },
      EnumTypeDefinition: { enter: named, leave },
      FieldDefinition: { enter: named, leave },
      InputValueDefinition: { enter: named, leave },
      EnumValueDefinition: { enter: named, leave },
    }),
  );
}

describe('schema lint (graphql-schema-linter.config.js)', () => {
  it('should name only rules the linter has', () => {
    const configuration = new Configuration(new Schema(committedSchema(), null), options);

    expect(configuration.validate()).toEqual([]);
    expect(configuration.getRules()).toHaveLength(options.rules.length);
  });

  it('should find nothing in the committed schema (describe it in the decorators, then `npx nx run api:schema`)', () => {
    expect(lint(committedSchema())).toEqual([]);
  });

  it('should refuse a type, field, argument, input value or enum value without a description', () => {
    const stripped = withoutDescriptions(committedSchema(), [
      'Candidate',
      'Candidate.name',
      'Query.kit.id',
      'CreateKitInput.name',
      'TeamRole.COORDINATOR',
    ]);

    expect(lint(stripped).map((finding) => finding.ruleName).sort()).toEqual([
      'arguments-have-descriptions',
      'enum-values-have-descriptions',
      'fields-have-descriptions',
      'input-object-values-have-descriptions',
      'types-have-descriptions',
    ]);
  });

  it('should refuse a description that does not start with a capital letter', () => {
    const lowered = committedSchema().replace('"""The candidate’s id."""', '"""the candidate’s id."""');

    expect(lint(lowered)).toEqual([expect.objectContaining({ ruleName: 'descriptions-are-capitalized' })]);
  });
});

describe(describeRootTypes.name, () => {
  it('should describe the query, mutation and subscription types', () => {
    const schema = buildSchema('type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }');

    const sut = describeRootTypes(schema);

    expect([sut.getQueryType(), sut.getMutationType(), sut.getSubscriptionType()].map((type) => type?.description)).toEqual([
      ROOT_TYPE_DESCRIPTIONS.Query,
      ROOT_TYPE_DESCRIPTIONS.Mutation,
      ROOT_TYPE_DESCRIPTIONS.Subscription,
    ]);
  });
});
