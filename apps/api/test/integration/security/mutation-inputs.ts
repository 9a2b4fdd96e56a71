import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost, TypeMetadataStorage } from '@nestjs/graphql';
import { getMetadataStorage } from 'class-validator';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
} from 'graphql';

import { acceptsNulCharacters } from '@api/core/graphql/input-validation.pipe';

export type MutationField = GraphQLField<unknown, unknown>;

/** The schema the running app built from its resolvers. */
export function builtSchema(app: INestApplication): GraphQLSchema {
  return app.get(GraphQLSchemaHost).schema;
}

export function mutationFields(schema: GraphQLSchema): MutationField[] {
  return Object.values(schema.getMutationType()?.getFields() ?? {}).sort((a, b) => a.name.localeCompare(b.name));
}

/** A String or ID somewhere in a mutation's arguments, input objects followed recursively. */
export type TextInput = {
  mutation: string;
  /** Where it sits in the variables, e.g. ['input', 'competencies', 0, 'name']; list items at index 0. */
  path: (string | number)[];
  scalar: 'String' | 'ID';
  /** A list of strings (the path ends at the list itself). */
  isList: boolean;
  /** The input object type declaring the field; null for a top-level argument. */
  parentType: string | null;
  field: string;
};

const isTextScalar = (type: GraphQLNamedType) => isScalarType(type) && (type.name === 'String' || type.name === 'ID');

/** Every leaf (scalar or enum) of an operation's arguments that `isWanted` picks, input objects followed recursively. */
export function leafInputs(operation: MutationField, isWanted: (type: GraphQLNamedType) => boolean): (Omit<TextInput, 'scalar'> & { type: GraphQLNamedType })[] {
  const found: (Omit<TextInput, 'scalar'> & { type: GraphQLNamedType })[] = [];
  const visit = (type: GraphQLInputType, path: (string | number)[], parentType: string | null, field: string, depth: number) => {
    const isList = isListType(getNullableType(type));
    const named = getNamedType(type);
    if (isWanted(named)) {
      found.push({ mutation: operation.name, path, type: named, isList, parentType, field });

      return;
    }
    if (isInputObjectType(named) && depth < 8) {
      const base = isList ? [...path, 0] : path;
      for (const child of Object.values(named.getFields())) {
        visit(child.type, [...base, child.name], named.name, child.name, depth + 1);
      }
    }
  };
  for (const arg of operation.args) {
    visit(arg.type, [arg.name], null, arg.name, 0);
  }

  return found;
}

export function textInputs(mutation: MutationField): TextInput[] {
  return leafInputs(mutation, isTextScalar).map(({ type, ...input }) => ({ ...input, scalar: type.name as 'String' | 'ID' }));
}

/** The field name class-validator reports for an input: the path inside the argument, list items of strings not indexed. */
export function validationField(input: Pick<TextInput, 'path'>): string {
  return input.path.slice(1).join('.');
}

export type DeclaredLimit = { max: number; rule: string };

const inputClasses = () => new Map(TypeMetadataStorage.getInputTypesMetadata().map((meta) => [meta.name, meta.target]));

/** Whether the field lets NUL characters through to its service (AcceptsNulCharacters). */
export function acceptsNul(input: Pick<TextInput, 'parentType' | 'field'>): boolean {
  const target = input.parentType ? inputClasses().get(input.parentType) : undefined;

  return target ? acceptsNulCharacters(target as abstract new () => unknown, input.field) : false;
}

/**
 * The longest value the DTO's class-validator rules let through for a field:
 * an explicit maximum length, a closed list of values, or the UUID format.
 * Null when nothing bounds it.
 */
export function declaredLimit(input: Pick<TextInput, 'parentType' | 'field'>): DeclaredLimit | null {
  if (!input.parentType) {
    return null;
  }
  const target = inputClasses().get(input.parentType);
  if (!target) {
    throw new Error(`No class found for input type ${input.parentType}`);
  }
  const rules = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .filter((rule) => rule.propertyName === input.field);
  // The longest value each kind of rule lets through, from its constraints.
  const maxOf: Record<string, (constraints: unknown[]) => number | null> = {
    maxChars: (constraints) => Number(constraints[0]),
    maxLength: (constraints) => Number(constraints[0]),
    isLength: (constraints) => (typeof constraints[1] === 'number' ? constraints[1] : null),
    isIn: (constraints) => Math.max(...(constraints[0] as unknown[]).map((value) => String(value).length)),
    isUuid: () => 36,
  };
  const limits: DeclaredLimit[] = [];
  for (const rule of rules) {
    const max = rule.name ? maxOf[rule.name]?.((rule.constraints ?? []) as unknown[]) : null;
    if (typeof max === 'number') {
      limits.push({ max, rule: rule.name as string });
    }
  }

  return limits.length ? limits.reduce((a, b) => (b.max < a.max ? b : a)) : null;
}

/** A copy of `value` with `replacement` at `path`; fails when the path leads through a missing list item. */
export function withValueAt(value: Record<string, unknown>, path: (string | number)[], replacement: unknown): Record<string, unknown> {
  const copy = structuredClone(value);
  let node: Record<string | number, unknown> = copy;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      node[key] = replacement;

      return;
    }
    let next = node[key];
    if (next === undefined || next === null) {
      if (typeof path[index + 1] === 'number') {
        throw new Error(`no list item at ${path.slice(0, index + 2).join('.')}`);
      }
      next = {};
      node[key] = next;
    }
    node = next as Record<string | number, unknown>;
  });

  return copy;
}

/** A document calling one root field (a mutation unless `kind` says otherwise) with its arguments as variables of the same names. */
export function mutationDocument(mutation: MutationField, kind: 'query' | 'mutation' | 'subscription' = 'mutation'): string {
  // Arguments with a default keep it: a declared `Boolean!` variable nobody sends would fail.
  const args = mutation.args.filter((arg) => arg.defaultValue === undefined);
  const declarations = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const named = getNamedType(mutation.type);
  const fields = isObjectType(named) ? named.getFields() : null;
  const selection = fields ? ` { __typename${['id', 'version'].filter((name) => name in fields).map((name) => ` ${name}`).join('')} }` : '';

  return `${kind} Probe${declarations ? `(${declarations})` : ''} { ${mutation.name}${passed ? `(${passed})` : ''}${selection} }`;
}

export type RawResponse = {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
};

/** One POST to /graphql, keeping the HTTP status (the test client only returns the body). */
export async function postGraphQL(
  baseUrl: string,
  cookie: string | undefined,
  query: string,
  variables: Record<string, unknown>,
): Promise<RawResponse> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as RawResponse['body'] };
  } catch {
    return { status: response.status, body: { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] } };
  }
}
