// Regenerates apps/api/schema.gql from the built API (nx run api:schema).
import { execFileSync } from 'node:child_process';

execFileSync(process.execPath, ['dist/apps/api/apps/api/src/cli/write-schema.js', 'apps/api/schema.gql'], {
  stdio: 'inherit',
});
