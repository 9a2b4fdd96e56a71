import 'reflect-metadata';

import { AppConfig } from '@api/config/app-config';
import { resolveDatabase } from '@api/database/database-target';
import { migrateDatabase, revertLastMigration } from '@api/database/migrate';

import { guidesImportCommand } from './guides-import.command';
import { guidesParseCommand } from './guides-parse.command';

const USAGE = `Usage: npm run cli -- <command>
  guides parse <files or folders> [--json]     parse guides (no database); exit 1 on any error
  guides import <files or folders> [--team <name or id>] [--dry-run]
                                               import into the configured database
  db migrate                                   apply pending migrations
  db revert                                    revert the latest migration`;

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
  if (area === 'db' && (command === 'migrate' || command === 'revert')) {
    return migrateCommand(command === 'migrate' ? 'up' : 'down');
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
