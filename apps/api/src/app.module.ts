import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { ExecutionResult } from 'graphql';
import { DataSource } from 'typeorm';

import { AuthGuard } from './auth/auth.guard';
import type { GraphQLContext } from './auth/request-auth';
import { AppConfig } from './config/app-config';
import { buildDataSourceOptions, type DatabaseTarget } from './database/data-source';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { formatGraphQLError } from './graphql/format-error';
import { createLoaders } from './graphql/loaders';
import { type WebSocketContext, webSocketRequest } from './graphql/websocket-context';
import { AnalyticsModule } from './modules/analytics/analytics.module';
import { AuditModule } from './modules/audit/audit.module';
import { CandidateModule } from './modules/candidate/candidate.module';
import { GuideModule } from './modules/guide/guide.module';
import { DATABASE_INFO } from './modules/health/database-info';
import { HealthModule } from './modules/health/health.module';
import { AuthService } from './modules/identity/auth.service';
import { IdentityModule } from './modules/identity/identity.module';
import { InterviewModule } from './modules/interview/interview.module';
import { LiveModule } from './modules/live/live.module';
import { NotificationModule } from './modules/notification/notification.module';
import { KitModule } from './modules/kit/kit.module';
import { QuestionModule } from './modules/question/question.module';
import { ReviewModule } from './modules/review/review.module';
import { RubricModule } from './modules/rubric/rubric.module';
import { SchedulingModule } from './modules/scheduling/scheduling.module';
import { ScorecardModule } from './modules/scorecard/scorecard.module';
import { SessionMiddleware } from './modules/identity/session.middleware';
import { TeamModule } from './modules/team/team.module';

export type AppModuleOptions = {
  config: AppConfig;
  database: DatabaseTarget & { isEmbedded: boolean };
};

@Module({})
export class AppModule implements NestModule {
  static forRoot({ config, database }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        AnalyticsModule,
        AuditModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [IdentityModule],
          inject: [DataSource, AuthService],
          useFactory: (dataSource: DataSource, auth: AuthService) => ({
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            playground: false,
            introspection: !config.isProduction,
            csrfPrevention: true,
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
                onConnect: async (context: { extra: unknown }) =>
                  Boolean((await webSocketRequest(auth, context as WebSocketContext)).auth),
                // graphql-ws bypasses Apollo's formatError: give subscription errors the same codes.
                onNext: (_context: unknown, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) =>
                  result.errors?.length
                    ? { ...result, errors: result.errors.map((error) => formatGraphQLError(error.toJSON(), error)) }
                    : result,
              },
            },
            formatError: formatGraphQLError,
          }),
        }),
        CandidateModule,
        GuideModule,
        HealthModule,
        IdentityModule,
        InterviewModule,
        KitModule,
        LiveModule,
        NotificationModule,
        QuestionModule,
        ReviewModule,
        RubricModule,
        SchedulingModule,
        ScorecardModule,
        TeamModule,
        TypeOrmModule.forRoot(buildDataSourceOptions(database)),
      ],
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: DATABASE_INFO, useValue: { isEmbedded: database.isEmbedded } },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
      exports: [AppConfig, DATABASE_INFO],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('*path');
  }
}
