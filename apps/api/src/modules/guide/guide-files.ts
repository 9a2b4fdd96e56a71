import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

const GUIDE_EXTENSIONS = new Set(['.md', '.markdown']);

/** Expands files and folders (recursively) into Markdown guide paths, sorted. */
export function collectGuideFiles(paths: string[]): string[] {
  const files: string[] = [];
  const visit = (path: string) => {
    const stats = statSync(path);
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        visit(join(path, entry));
      }
    } else if (GUIDE_EXTENSIONS.has(extname(path).toLowerCase())) {
      files.push(path);
    }
  };
  for (const path of paths) {
    visit(path);
  }

  return files;
}

export function readGuideFile(path: string): { fileName: string; text: string } {
  return { fileName: basename(path), text: readFileSync(path, 'utf8') };
}
