import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AuthGuard } from './auth/auth.guard';
import type { GraphQLContext } from './auth/request-auth';
import { AppConfig } from './config/app-config';
import { buildDataSourceOptions, type DatabaseTarget } from './database/data-source';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { formatGraphQLError } from './graphql/format-error';
import { createLoaders } from './graphql/loaders';
import { AuditModule } from './modules/audit/audit.module';
import { CandidateModule } from './modules/candidate/candidate.module';
import { GuideModule } from './modules/guide/guide.module';
import { DATABASE_INFO } from './modules/health/database-info';
import { HealthModule } from './modules/health/health.module';
import { IdentityModule } from './modules/identity/identity.module';
import { KitModule } from './modules/kit/kit.module';
import { QuestionModule } from './modules/question/question.module';
import { RubricModule } from './modules/rubric/rubric.module';
import { SchedulingModule } from './modules/scheduling/scheduling.module';
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
        AuditModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => ({
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            playground: false,
            introspection: !config.isProduction,
            csrfPrevention: true,
            context: ({ req, res }: GraphQLContext) => ({
              req,
              res,
              loaders: createLoaders(dataSource, req.auth?.teamId ?? null),
            }),
            formatError: formatGraphQLError,
          }),
        }),
        CandidateModule,
        GuideModule,
        HealthModule,
        IdentityModule,
        KitModule,
        QuestionModule,
        RubricModule,
        SchedulingModule,
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
