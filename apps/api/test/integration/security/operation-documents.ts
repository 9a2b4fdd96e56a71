import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isNonNullType,
  isObjectType,
} from 'graphql';

export type OperationKind = 'query' | 'mutation' | 'subscription';

export type SchemaOperation = {
  name: string;
  kind: OperationKind;
  /** Builds the document for the variables a caller sends (only those arguments are declared). */
  document(variables: Record<string, unknown>): string;
};

// Deep enough to reach nested records (session → scorecards → interviewer),
// shallow enough to stay inside the API's query limits.
const MAX_DEPTH = 4;

/** Every field of Query, Mutation and Subscription, each with a document selecting what it returns. */
export function schemaOperations(schema: GraphQLSchema): SchemaOperation[] {
  const roots: [OperationKind, GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];

  return roots.flatMap(([kind, root]) =>
    Object.values(root?.getFields() ?? {}).map((field) => ({
      name: field.name,
      kind,
      document: (variables: Record<string, unknown>) => operationDocument(kind, field, variables),
    })),
  );
}

function operationDocument(
  kind: OperationKind,
  field: GraphQLField<unknown, unknown>,
  variables: Record<string, unknown>,
): string {
  const missing = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined && !(arg.name in variables));
  if (missing.length) {
    throw new Error(`${field.name} needs ${missing.map((arg) => arg.name).join(', ')}`);
  }
  const unknown = Object.keys(variables).filter((name) => !field.args.some((arg) => arg.name === name));
  if (unknown.length) {
    throw new Error(`${field.name} has no argument ${unknown.join(', ')}`);
  }
  const used: GraphQLArgument[] = field.args.filter((arg) => arg.name in variables);
  const declarations = used.length ? `(${used.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ')})` : '';
  const passed = used.length ? `(${used.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  const selection = selectionOf(getNamedType(field.type), 1, new Set());

  return `${kind} Authz${declarations} { ${field.name}${passed}${selection ? ` { ${selection} }` : ''} }`;
}

/** Scalars at every level, objects down to MAX_DEPTH, never re-entering a type already on the path. */
function selectionOf(type: GraphQLNamedType, depth: number, path: Set<string>): string {
  if (!isObjectType(type)) {
    return '';
  }
  const inner = new Set(path).add(type.name);
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) {
      continue;
    }
    const named = getNamedType(field.type);
    if (!isObjectType(named)) {
      parts.push(field.name);
      continue;
    }
    if (depth >= MAX_DEPTH || inner.has(named.name)) {
      if (named.getFields()['id']) {
        parts.push(`${field.name} { id }`);
      }
      continue;
    }
    const nested = selectionOf(named, depth + 1, inner);
    if (nested) {
      parts.push(`${field.name} { ${nested} }`);
    }
  }

  return parts.join(' ');
}
