import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { buildDataSourceOptions, type DatabaseTarget } from '@api/app/database/data-source';
import { DomainErrorFilter } from '@api/app/graphql/domain-error.filter';
import { buildGraphQLOptions } from '@api/app/graphql/graphql-options';
import { AuthGuard } from '@api/core/auth/auth.guard';
import { AppConfig } from '@api/core/config/app-config';
import { JobsModule } from '@api/core/jobs/jobs.module';
import { AnalyticsModule } from '@api/modules/analytics/analytics.module';
import { AuditModule } from '@api/modules/audit/audit.module';
import { CandidateModule } from '@api/modules/candidate/candidate.module';
import { GuideModule } from '@api/modules/guide/guide.module';
import { DATABASE_INFO } from '@api/modules/health/database-info';
import { HealthModule } from '@api/modules/health/health.module';
import { AuthService } from '@api/modules/identity/auth.service';
import { IdentityModule } from '@api/modules/identity/identity.module';
import { SessionMiddleware } from '@api/modules/identity/session.middleware';
import { InterviewModule } from '@api/modules/interview/interview.module';
import { KitModule } from '@api/modules/kit/kit.module';
import { LiveModule } from '@api/modules/live/live.module';
import { MailModule } from '@api/modules/mail/mail.module';
import { NotificationModule } from '@api/modules/notification/notification.module';
import { OnboardingModule } from '@api/modules/onboarding/onboarding.module';
import { QuestionModule } from '@api/modules/question/question.module';
import { ReviewModule } from '@api/modules/review/review.module';
import { RubricModule } from '@api/modules/rubric/rubric.module';
import { SchedulingModule } from '@api/modules/scheduling/scheduling.module';
import { ScorecardModule } from '@api/modules/scorecard/scorecard.module';
import { SelfSchedulingModule } from '@api/modules/self-scheduling/self-scheduling.module';
import { TimelinessModule } from '@api/modules/timeliness/timeliness.module';

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
        TimelinessModule,
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
