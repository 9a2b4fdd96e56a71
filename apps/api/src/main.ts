import 'reflect-metadata';

import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { createApp } from '@api/app/app.factory';
import { resolveDatabase } from '@api/app/database/database-target';
import { migrateDatabase } from '@api/app/database/migrate';
import { AppConfig } from '@api/core/config/app-config';
import { FirstRunService } from './modules/onboarding/first-run.service';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoTeam } from './seed/demo-seed';
import { seedDemoSchedule } from './seed/demo-schedule-seed';
import { seedSampleGuides } from './seed/sample-guides-seed';

async function bootstrap(): Promise<void> {
  const logger = new Logger('Panelwise');
  const started = Date.now();
  const config = AppConfig.fromEnv();
  const database = await resolveDatabase(config);
  logger.log(
    database.isEmbedded
      ? `Embedded PostgreSQL (PGlite) with data in ${config.get('DATA_DIR')}`
      : 'PostgreSQL server from DATABASE_URL',
  );
  const applied = await migrateDatabase(database);
  logger.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date');

  const app = await createApp({ config, database, webDistDir: config.get('WEB_DIST_DIR') });
  if (config.get('SEED_DEMO')) {
    const seeded = await seedDemoTeam(app.get(DataSource), config.passwordHashCost);
    if (seeded.teamId) {
      const guides = await seedSampleGuides(app.get(DataSource), seeded.teamId, config.get('SAMPLE_GUIDES_DIR'));
      const questions = guides.reduce((sum, guide) => sum + guide.created.length, 0);
      await seedDemoSchedule(app.get(DataSource), seeded.teamId);
      logger.log(
        `Seeded "${seeded.teamName}" with ${guides.length} sample guides (${questions} questions), a kit, candidates and sessions`,
      );
    }
  }
  await app.listen(config.get('PORT'), config.get('HOST'));
  const url = config.publicUrl;
  logger.log(`Panelwise is ready at ${url} (GraphQL at ${url}/graphql) in ${Date.now() - started} ms`);
  if (config.get('SEED_DEMO')) {
    const logins = DEMO_USERS.map((user) => `  ${user.role.toLowerCase().padEnd(12)} ${user.email}`).join('\n');
    logger.log(`Demo logins (password "${DEMO_PASSWORD}"):\n${logins}`);
  }
  // Last, so the first-run token is the line a newcomer sees; a warning, so
  // LOG_LEVEL=warn (a quiet production log) still shows it.
  const setupNotice = await app.get(FirstRunService).setupNotice();
  if (setupNotice) {
    new Logger('Setup').warn(setupNotice);
  }
  const shutdown = async () => {
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

bootstrap().catch((error: unknown) => {
  new Logger('Panelwise').error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
