import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ExecutionResult } from 'graphql';
import type { DataSource } from 'typeorm';

import type { GraphQLContext } from '@api/auth/request-auth';
import type { AppConfig } from '@api/config/app-config';
import type { AuthService } from '@api/modules/identity/auth.service';

import { databaseUnavailablePlugin } from './database-unavailable.plugin';
import { DateTimeScalar } from './date-time.scalar';
import { formatGraphQLError } from './format-error';
import { createLoaders } from './loaders';
import { type WebSocketContext, webSocketRequest } from './websocket-context';

export const GRAPHQL_PATH = '/graphql';

/**
 * Limits every operation must stay within (the web app's largest, the
 * interview room, uses well under half of each). Rejections answer
 * GRAPHQL_VALIDATION_FAILED naming the limit.
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
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    // Suggestions ("did you mean …") map the schema for an attacker; development keeps them.
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();

  return {
    autoSchemaFile: true,
    sortSchema: true,
    // A stricter DateTime than Nest's (see date-time.scalar).
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    path: GRAPHQL_PATH,
    playground: false,
    introspection: !config.isProduction,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
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
      'graphql-ws': {
        // Refuse sockets without a live session before any operation runs.
        onConnect: async (context: { extra: unknown }) => Boolean((await webSocketRequest(auth, context as WebSocketContext)).auth),
        // graphql-ws bypasses Apollo's formatError: give subscription errors the same codes.
        onNext: (_context: unknown, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) =>
          result.errors?.length ? { ...result, errors: result.errors.map((error) => formatGraphQLError(error.toJSON(), error)) } : result,
      },
    },
    formatError: formatGraphQLError,
  };
}
