import type { GraphQLSchema } from 'graphql';

/**
 * Descriptions of the root operation types, which Nest's code-first builder
 * cannot set. They are the first thing an integrator reads in the schema.
 */
export const ROOT_TYPE_DESCRIPTIONS = {
  Query:
    'Reads. Every one needs a signed-in session and a current team unless it says "Open to anyone" or "with or without a team"; each says which role may call it. Errors carry extensions.code (see the README\u2019s API errors).',
  Mutation:
    'Changes. A mutation takes at most one argument, input, and answers the changed object (or true); each says which role may call it. Text limits are counted in UTF-16 units; a stale expectedVersion answers CONFLICT with extensions.currentVersion.',
  Subscription: 'Live updates over graphql-ws on the same /graphql path, with the same session cookie and limits as queries.',
} as const;

/** Sets the root types' descriptions (a transformSchema hook: the same schema is served and printed). */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (type && type.name in ROOT_TYPE_DESCRIPTIONS) {
      type.description = ROOT_TYPE_DESCRIPTIONS[type.name as keyof typeof ROOT_TYPE_DESCRIPTIONS];
    }
  }

  return schema;
}
