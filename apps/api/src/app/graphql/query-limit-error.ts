import { GraphQLError, type ValidationContext } from 'graphql';

// graphql-armor words every rejection as "Syntax Error: …", which reads as a malformed document.
const ARMOR_PREFIX = /^Syntax Error: /;

/**
 * How graphql-armor's depth, alias, directive and cost rules report a document
 * over a limit: one validation error (HTTP 400, GRAPHQL_VALIDATION_FAILED)
 * whose message names the limit and what was found, e.g. "Query depth limit
 * of 16 exceeded, found 21.".
 */
export const limitRejection = () => ({
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      context?.reportError(new GraphQLError(error.message.replace(ARMOR_PREFIX, '')));
    },
  ],
});
