import { DataSource } from 'typeorm';

import { createDataSource } from '@api/app/database/data-source';
import { resolveDatabase } from '@api/app/database/database-target';
import { migrateDatabase } from '@api/app/database/migrate';
import { AuditService } from '@api/core/audit/audit.service';
import { AppConfig } from '@api/core/config/app-config';
import { GuideImportService } from '@api/modules/guide/guide-import.service';
import { TeamEntity } from '@api/modules/identity/team.entity';

import { collectGuideFiles, readGuideFile } from '@api/modules/guide/guide-files';
import { ProgressBar } from './progress';
import { formatTable } from './table';

async function findTeam(dataSource: DataSource, team: string | undefined): Promise<TeamEntity> {
  const teams = await dataSource.getRepository(TeamEntity).find({ order: { createdAt: 'ASC' } });
  const found = team ? teams.find((candidate) => candidate.id === team || candidate.name === team) : teams[0];
  if (!found) {
    throw new Error(team ? `No team named or with id "${team}"` : 'No team exists yet: start the app once to seed one');
  }

  return found;
}

/** `guides import <files or folders> [--team <name or id>] [--dry-run]` into the configured database. */
export async function guidesImportCommand(paths: string[], options: { team?: string; dryRun: boolean }): Promise<number> {
  const files = collectGuideFiles(paths);
  const database = await resolveDatabase(AppConfig.fromEnv());
  await migrateDatabase(database);
  const dataSource = createDataSource(database);
  await dataSource.initialize();
  try {
    const team = await findTeam(dataSource, options.team);
    process.stderr.write(`Importing ${files.length} guide(s) into "${team.name}"${options.dryRun ? ' (dry run)' : ''}\n`);
    const progress = new ProgressBar(files.length);
    const importer = new GuideImportService(dataSource, new AuditService());
    const started = Date.now();
    const results = [];
    for (const [index, file] of files.entries()) {
      results.push(await importer.importOne({ teamId: team.id, userId: null }, readGuideFile(file), options.dryRun));
      progress.tick(index + 1, file);
    }
    process.stdout.write(
      `${formatTable(
        ['file', 'status', 'created', 'revised', 'unchanged', 'retired', 'warnings', 'error'],
        results.map((result) => [
          result.fileName,
          result.status,
          result.created.length,
          result.revised.length,
          result.unchanged,
          result.retired.length,
          result.warnings.length,
          result.error ? `${result.error.code} line ${result.error.line ?? '-'}: ${result.error.message}` : '',
        ]),
      )}\n`,
    );
    const failed = results.filter((result) => result.status === 'FAILED').length;
    process.stdout.write(
      `${results.length - failed} imported, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );

    return failed ? 1 : 0;
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}
