import 'reflect-metadata';

import { AppConfig } from '@api/config/app-config';
import { resolveDatabase } from '@api/database/database-target';
import { migrateDatabase, revertLastMigration } from '@api/database/migrate';

/** `migrate up` applies pending migrations; `migrate down` reverts the latest one. */
async function run(direction: string | undefined): Promise<void> {
  const config = AppConfig.fromEnv();
  const database = await resolveDatabase(config);
  try {
    if (direction === 'down') {
      const reverted = await revertLastMigration(database);
      process.stdout.write(reverted ? `Reverted ${reverted}\n` : 'Nothing to revert\n');
    } else {
      const applied = await migrateDatabase(database);
      process.stdout.write(applied.length ? `Applied ${applied.join(', ')}\n` : 'Schema is up to date\n');
    }
  } finally {
    await database.stop();
  }
}

run(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
