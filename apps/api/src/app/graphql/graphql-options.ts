import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type ExecutionResult, specifiedRules, validate } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type { DataSource } from 'typeorm';

import type { GraphQLContext } from '@api/core/auth/request-auth';
import type { AppConfig } from '@api/core/config/app-config';
import type { AuthService } from '@api/modules/identity/auth.service';

import { databaseUnavailablePlugin } from './database-unavailable.plugin';
import { DateTimeScalar } from '@api/core/graphql/date-time.scalar';
import { errorFormatter } from './format-error';
import { limitRejection } from './query-limit-error';
import { createLoaders } from './loaders';
import { describeRootTypes } from './root-type-descriptions';
import { type WebSocketContext, webSocketRequest } from './websocket-context';

export const GRAPHQL_PATH = '/graphql';

/**
 * Limits every operation must stay within (the web app's largest, the
 * interview room, uses well under half of each). Rejections answer HTTP 400
 * naming the limit: GRAPHQL_PARSE_FAILED for the token limit (parsing stops
 * there), GRAPHQL_VALIDATION_FAILED for the others.
 */
export const QUERY_LIMITS = {
  maxDepth: 16,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 4_000,
  maxCost: 30_000,
} as const;

export function buildGraphQLOptions(config: AppConfig, dataSource: DataSource, auth: AuthService): Omit<ApolloDriverConfig, 'driver'> {
  const protection = new ApolloArmor({
    // Depth is how deep fields nest; a fragment spread is structure, not depth (cycles are invalid anyway).
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true, ...limitRejection() },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...limitRejection() },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...limitRejection() },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ...limitRejection() },
    // Armor's token limit re-parses the document in a plugin hook, so a syntax error there
    // became an HTTP 500: graphql-js counts tokens in Apollo's own parse instead (parseOptions).
    maxTokens: { enabled: false },
    // Suggestions are hidden by format-error (validation and variable coercion alike).
    blockFieldSuggestion: { enabled: false },
  }).protect();

  const formatError = errorFormatter({ hideSuggestions: config.isProduction });

  const socketOptions: Partial<ServerOptions> = {
    // Refuse sockets without a live session before any operation runs.
    onConnect: async (context) => Boolean((await webSocketRequest(auth, context as unknown as WebSocketContext)).auth),
    // graphql-ws bypasses Apollo's formatError: give subscription errors the same codes.
    onNext: (_context, _id, _payload, _args, result: ExecutionResult) =>
      result.errors?.length ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : result,
    // The socket validates on its own, without Apollo: give it the same limits.
    validate: (schema, document) => validate(schema, document, [...specifiedRules, ...protection.validationRules]),
    // Documents the socket refuses skip onNext and carry no code: errors of its own (no
    // original error) are validation failures; all go through the same formatter.
    onError: (_context, _id, _payload, errors) =>
      errors.map((error) =>
        formatError(error.originalError ? error.toJSON() : { ...error.toJSON(), extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } }, error),
      ),
  };

  return {
    autoSchemaFile: true,
    sortSchema: true,
    // A stricter DateTime than Nest's (see date-time.scalar).
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    transformSchema: describeRootTypes,
    path: GRAPHQL_PATH,
    playground: false,
    introspection: !config.isProduction,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    // The web app sends whole documents; no per-replica cache of query hashes to keep or explain.
    persistedQueries: false,
    // Nest would turn an HttpException into BAD_REQUEST and the like; every error the API means to
    // send is a DomainError, so anything else is a fault (logged, INTERNAL_SERVER_ERROR).
    autoTransformHttpErrors: false,
    // Armor's and our plugin's types come from Apollo's CommonJS build, Nest's from its ESM build: same shapes.
    // No HTTP caching of GraphQL answers (they are per user), so no cache-control
    // bookkeeping wrapped around every field resolver.
    plugins: [...protection.plugins, databaseUnavailablePlugin, ApolloServerPluginCacheControlDisabled()] as unknown as ApolloDriverConfig['plugins'],
    // Nest would reset every answer carrying data to 200, undoing the plugin's 503.
    // Nothing else sets an HTTP status on execution errors (services throw DomainError).
    preserveHttpStatusForExecutionErrors: false,
    validationRules: protection.validationRules,
    context: async (context: GraphQLContext | WebSocketContext) => {
      if ('extra' in context) {
        const req = await webSocketRequest(auth, context);

        return { req, loaders: createLoaders(dataSource, req.auth ?? null) };
      }

      return { ...context, loaders: createLoaders(dataSource, context.req.auth ?? null) };
    },
    subscriptions: {
      // Nest's type lists only some of graphql-ws's options; it passes all of them to graphql-ws.
      'graphql-ws': socketOptions as GraphQLWsSubscriptionsConfig,
    },
    formatError,
  };
}
