import 'reflect-metadata';

import { runGenerateBench } from './generate.bench';
import { runImportSearchBench } from './import-search.bench';
import { runLoadBench } from './load/load.bench';
import { runSoakBench } from './load/soak.bench';
import { runSignInBench } from './sign-in.bench';

const SCENARIOS: Record<string, (adminUrl: string) => Promise<boolean>> = {
  'import-search': runImportSearchBench,
  generate: runGenerateBench,
  load: runLoadBench,
  soak: runSoakBench,
  'sign-in': runSignInBench,
};
// `npm run bench` alone runs these; the soak runs for minutes, on its own (`npm run soak`), and
// sign-in on request (`npm run bench -- sign-in`).
const DEFAULT_SCENARIOS = ['import-search', 'generate', 'load'];

/** `npm run bench [-- <scenario>...]`; exits 1 when any budget fails. */
async function main(): Promise<void> {
  // Benchmarks need a real server: PGlite is one session and would measure the wrong thing.
  const adminUrl = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const requested = process.argv.slice(2);
  const names = requested.length ? requested : DEFAULT_SCENARIOS;
  let isPassing = true;
  for (const name of names) {
    const scenario = SCENARIOS[name];
    if (!scenario) {
      throw new Error(`Unknown scenario "${name}"; known: ${Object.keys(SCENARIOS).join(', ')}`);
    }
    isPassing = (await scenario(adminUrl)) && isPassing;
  }
  process.exit(isPassing ? 0 : 1);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
