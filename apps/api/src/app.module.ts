import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AuthGuard } from './auth/auth.guard';
import { AppConfig } from './config/app-config';
import { buildDataSourceOptions, type DatabaseTarget } from './database/data-source';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { buildGraphQLOptions } from './graphql/graphql-options';
import { AnalyticsModule } from './modules/analytics/analytics.module';
import { AuditModule } from './modules/audit/audit.module';
import { CandidateModule } from './modules/candidate/candidate.module';
import { GuideModule } from './modules/guide/guide.module';
import { DATABASE_INFO } from './modules/health/database-info';
import { HealthModule } from './modules/health/health.module';
import { AuthService } from './modules/identity/auth.service';
import { IdentityModule } from './modules/identity/identity.module';
import { InterviewModule } from './modules/interview/interview.module';
import { JobsModule } from './jobs/jobs.module';
import { MailModule } from './modules/mail/mail.module';
import { LiveModule } from './modules/live/live.module';
import { NotificationModule } from './modules/notification/notification.module';
import { OnboardingModule } from './modules/onboarding/onboarding.module';
import { KitModule } from './modules/kit/kit.module';
import { QuestionModule } from './modules/question/question.module';
import { ReviewModule } from './modules/review/review.module';
import { RubricModule } from './modules/rubric/rubric.module';
import { SchedulingModule } from './modules/scheduling/scheduling.module';
import { SelfSchedulingModule } from './modules/self-scheduling/self-scheduling.module';
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
          useFactory: (dataSource: DataSource, auth: AuthService) => buildGraphQLOptions(config, dataSource, auth),
        }),
        CandidateModule,
        GuideModule,
        HealthModule,
        IdentityModule,
        InterviewModule,
        JobsModule,
        KitModule,
        LiveModule,
        MailModule,
        NotificationModule,
        OnboardingModule,
        QuestionModule,
        ReviewModule,
        RubricModule,
        SchedulingModule,
        ScorecardModule,
        SelfSchedulingModule,
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
