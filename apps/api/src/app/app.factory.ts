import { ConsoleLogger, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';

import { AppModule } from './app.module';
import type { DatabaseTarget } from '@api/app/database/data-source';
import type { AppConfig } from '@api/core/config/app-config';
import { InputValidationPipe } from '@api/core/graphql/input-validation.pipe';
import { toValidationError } from '@api/core/graphql/validation-error';
import { serveWebApp } from './web-app';

export type CreateAppOptions = {
  config: AppConfig;
  database: DatabaseTarget & { isEmbedded: boolean };
  webDistDir?: string;
};

export async function createApp({ config, database, webDistDir }: CreateAppOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, database }),
    {
      logger: new ConsoleLogger({
        logLevels: config.get('NODE_ENV') === 'test' ? ['error'] : [config.get('LOG_LEVEL')],
        // Colour codes only for a terminal: a log file or container log keeps plain text,
        // so the first-run token copied from it is the token.
        colors: Boolean(process.stdout.isTTY),
      }),
      bufferLogs: false,
    },
  );
  // Express checks the addresses here, so a malformed TRUST_PROXY stops the boot.
  app.set('trust proxy', config.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Mantine injects its CSS variables in a <style> tag.
          'style-src': ["'self'", "'unsafe-inline'"],
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.use(cookieParser());
  // Room for a batch of guides (2 MB each at most) in one import.
  app.useBodyParser('json', { limit: '25mb' });
  app.useGlobalPipes(
    new InputValidationPipe({
      transform: true,
      whitelist: true,
      forbidUnknownValues: false,
      exceptionFactory: toValidationError,
    }),
  );
  if (webDistDir) {
    serveWebApp(app, webDistDir);
  }
  app.enableShutdownHooks();

  return app;
}
