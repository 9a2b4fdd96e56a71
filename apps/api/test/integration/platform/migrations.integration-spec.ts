import { createDataSource } from '@api/app/database/data-source';
import { migrateDatabase, revertAllMigrations } from '@api/app/database/migrate';
import { MIGRATIONS } from '@api/app/database/migrations';

import { createTestDatabase, type TestDatabase } from '@api-test/support/test-database';

describe('migrations', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase({ migrated: false });
  });

  afterAll(async () => {
    await database.drop();
  });

  it('should apply every migration on an empty database', async () => {
    const applied = await migrateDatabase(database);

    expect(applied).toEqual(MIGRATIONS.map((migration) => migration.name));
  });

  it('should leave nothing for the entities to change when all migrations ran', async () => {
    const dataSource = createDataSource(database);
    await dataSource.initialize();
    const pending = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();

    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('should revert every migration and leave no tables or types behind', async () => {
    const reverted = await revertAllMigrations(database);
    const dataSource = createDataSource(database);
    await dataSource.initialize();
    const tables: { table_name: string }[] = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migration'`,
    );
    const types: { typname: string }[] = await dataSource.query(
      `SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' AND t.typtype = 'e'`,
    );
    await dataSource.destroy();

    expect(reverted).toBe(MIGRATIONS.length);
    expect(tables).toEqual([]);
    expect(types).toEqual([]);
  });

  it('should apply again after a full revert', async () => {
    await expect(migrateDatabase(database)).resolves.toHaveLength(MIGRATIONS.length);
  });
});
