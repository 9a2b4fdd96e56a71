import 'reflect-metadata';

import { backupDatabase, fingerprintDatabase, restoreDatabase } from '@api/app/database/backup';
import { resolveDatabase } from '@api/app/database/database-target';
import { migrateDatabase, revertLastMigration } from '@api/app/database/migrate';
import { AppConfig } from '@api/core/config/app-config';

import { createCoordinatorCommand } from './admin-coordinator.command';
import { guidesImportCommand } from './guides-import.command';
import { guidesParseCommand } from './guides-parse.command';

const USAGE = `Usage: npm run cli -- <command>
  guides parse <files or folders> [--json]     parse guides (no database); exit 1 on any error
  guides import <files or folders> [--team <name or id>] [--dry-run]
                                               import into the configured database
  db migrate                                   apply pending migrations
  db revert                                    revert the latest migration
  db backup <file>                             pg_dump the DATABASE_URL server into <file>
  db restore <file>                            replace the DATABASE_URL database with <file>
  db fingerprint                               row counts and a content checksum (compare a restore)
  admin create-coordinator --email <email> (--new-team "<name>" | --team "<name or id>")
                           [--name "<name>"] [--time-zone <IANA zone>] [--password-stdin]
                                               a coordinator without the web app (first account, another
                                               team, or a locked-out coordinator); without --password-stdin
                                               prints a one-time link to set the password`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
  }

  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

function optionValue(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);

  return index === -1 ? undefined : args[index + 1];
}

function positional(args: string[], valued: string[]): string[] {
  return args.filter((arg, index) => !arg.startsWith('--') && !valued.includes(args[index - 1] ?? ''));
}

async function migrateCommand(direction: 'up' | 'down'): Promise<number> {
  const database = await resolveDatabase(AppConfig.fromEnv());
  try {
    if (direction === 'down') {
      const reverted = await revertLastMigration(database);
      process.stdout.write(reverted ? `Reverted ${reverted}\n` : 'Nothing to revert\n');
    } else {
      const applied = await migrateDatabase(database);
      process.stdout.write(applied.length ? `Applied ${applied.join(', ')}\n` : 'Schema is up to date\n');
    }

    return 0;
  } finally {
    await database.stop();
  }
}

/** Backups need a PostgreSQL server; the embedded database is backed up by copying DATA_DIR while stopped. */
async function backupCommand(command: 'backup' | 'restore' | 'fingerprint', file: string | undefined): Promise<number> {
  const url = AppConfig.fromEnv().get('DATABASE_URL');
  if (!url) {
    process.stderr.write('Set DATABASE_URL: backups run against a PostgreSQL server (for the embedded database, copy DATA_DIR while the app is stopped)\n');

    return 2;
  }
  if (command === 'fingerprint') {
    process.stdout.write(`${JSON.stringify(await fingerprintDatabase(url), null, 2)}\n`);

    return 0;
  }
  if (!file) {
    return usage();
  }
  await (command === 'backup' ? backupDatabase(url, file) : restoreDatabase(url, file));
  process.stdout.write(`${command === 'backup' ? 'Backed up to' : 'Restored from'} ${file}\n`);

  return 0;
}

async function run(args: string[]): Promise<number> {
  const [area, command, ...rest] = args;
  if (area === 'guides' && command === 'parse') {
    const paths = positional(rest, []);

    return paths.length ? guidesParseCommand(paths, rest.includes('--json')) : usage();
  }
  if (area === 'guides' && command === 'import') {
    const paths = positional(rest, ['--team']);

    return paths.length
      ? guidesImportCommand(paths, { team: optionValue(rest, '--team'), dryRun: rest.includes('--dry-run') })
      : usage();
  }
  if (area === 'admin' && command === 'create-coordinator') {
    const email = optionValue(rest, '--email');
    if (!email) {
      return usage();
    }

    return createCoordinatorCommand({
      email,
      name: optionValue(rest, '--name'),
      team: optionValue(rest, '--team'),
      newTeam: optionValue(rest, '--new-team'),
      timeZone: optionValue(rest, '--time-zone'),
      password: rest.includes('--password-stdin') ? await readStdin() : undefined,
    });
  }
  if (area === 'db' && (command === 'migrate' || command === 'revert')) {
    return migrateCommand(command === 'migrate' ? 'up' : 'down');
  }
  if (area === 'db' && (command === 'backup' || command === 'restore' || command === 'fingerprint')) {
    return backupCommand(command, rest[0]);
  }

  return usage();
}

function usage(): number {
  process.stderr.write(`${USAGE}\n`);

  return 2;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
