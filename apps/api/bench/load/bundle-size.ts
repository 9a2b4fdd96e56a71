import { spawnSync } from 'node:child_process';

export type BundleSize = { files: { file: string; bytes: number; gzipBytes: number }[]; totalBytes: number; totalGzipBytes: number };

const ROOM_PAGE = process.env['BENCH_ROOM_PAGE'] ?? 'apps/web/src/pages/interview-room/InterviewRoomPage.tsx';

/** The JavaScript a browser loads to open the interview room, from the Vite build's manifest. */
export function measureRoomBundle(): BundleSize {
  const run = spawnSync(process.execPath, ['tools/scripts/bundle-size.mjs', ROOM_PAGE, '--json'], { encoding: 'utf8' });
  if (run.status !== 0) {
    throw new Error(`bundle-size failed: ${run.stderr}`);
  }

  return JSON.parse(run.stdout) as BundleSize;
}
