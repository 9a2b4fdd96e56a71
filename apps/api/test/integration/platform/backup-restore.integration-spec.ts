import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { backupDatabase, fingerprintDatabase, restoreDatabase } from '@api/app/database/backup';
import { createPanelFixture } from '@api-test/support/interview-fixture';
import { startTestApp, type TestApp } from '@api-test/support/test-app';
import { createTestDatabase, type TestDatabase } from '@api-test/support/test-database';

// pg_dump and pg_restore talk to a PostgreSQL server; the embedded database is backed up by copying its folder.
const describeOnServer = process.env['TEST_DATABASE_URL'] ? describe : describe.skip;

describeOnServer('backup and restore', () => {
  let testApp: TestApp;
  let target: TestDatabase;
  let folder: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    const panel = await createPanelFixture(testApp, 'backup');
    await panel.schedule();
    target = await createTestDatabase({ migrated: false });
    folder = mkdtempSync(join(tmpdir(), 'pw-backup-'));
  });

  afterAll(async () => {
    await testApp.close();
    await target.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('should restore into a fresh database with the same rows and content', async () => {
    const file = join(folder, 'panelwise.dump');
    const source = await fingerprintDatabase(testApp.database.url);

    await backupDatabase(testApp.database.url, file);
    await restoreDatabase(target.url, file);
    const restored = await fingerprintDatabase(target.url);

    expect(statSync(file).size).toBeGreaterThan(0);
    expect(source.rows['question']).toBeGreaterThan(0);
    expect(source.rows['session_question']).toBeGreaterThan(0);
    expect(restored).toEqual(source);
  });

  it('should notice a difference in content', async () => {
    await testApp.dataSource.query(`UPDATE candidate SET notes = notes || '.'`);

    expect((await fingerprintDatabase(testApp.database.url)).checksum).not.toBe((await fingerprintDatabase(target.url)).checksum);
  });
});
