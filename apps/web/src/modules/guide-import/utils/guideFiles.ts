/** A guide file read in the browser, ready to send. */
export type GuideFile = { fileName: string; text: string; size: number };

export type RejectedFile = { fileName: string; reason: string };

// The API's limits (ImportGuidesInput and the guide parser's MAX_GUIDE_BYTES).
export const MAX_FILES_PER_IMPORT = 50;
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

const MARKDOWN_NAME = /\.(md|markdown)$/i;

export type FileLike = { name: string; size: number };

export type FileSelection<T extends FileLike> = {
  accepted: T[];
  rejected: RejectedFile[];
};

/**
 * Splits newly chosen files into those to read and those refused (not
 * Markdown, too large, empty, or beyond the per-import limit). A file with
 * the name of a staged one replaces it, so it does not count twice.
 */
export function selectGuideFiles<T extends FileLike>(
  stagedNames: readonly string[],
  files: readonly T[],
): FileSelection<T> {
  const accepted: T[] = [];
  const rejected: RejectedFile[] = [];
  const names = new Set(stagedNames);
  for (const file of files) {
    const reason = fileProblem(file);
    if (reason) {
      rejected.push({ fileName: file.name, reason });
      continue;
    }
    const duplicate = accepted.findIndex((other) => other.name === file.name);
    if (duplicate !== -1) {
      accepted.splice(duplicate, 1);
    }
    if (!names.has(file.name) && names.size >= MAX_FILES_PER_IMPORT) {
      rejected.push({
        fileName: file.name,
        reason: `Not added: an import takes at most ${MAX_FILES_PER_IMPORT} files.`,
      });
      continue;
    }
    names.add(file.name);
    accepted.push(file);
  }

  return { accepted, rejected };
}

function fileProblem(file: FileLike): string | null {
  if (!MARKDOWN_NAME.test(file.name)) {
    return 'Not a Markdown guide: choose .md files.';
  }
  if (file.size > MAX_FILE_BYTES) {
    return `${formatFileSize(file.size)} is over the limit of ${formatFileSize(MAX_FILE_BYTES)} per file.`;
  }
  if (file.size === 0) {
    return 'The file is empty.';
  }

  return null;
}

/** Merges newly read files into the staged ones; a same-named file replaces the old one in place. */
export function mergeGuideFiles(
  staged: readonly GuideFile[],
  added: readonly GuideFile[],
): GuideFile[] {
  const merged = [...staged];
  for (const file of added) {
    const index = merged.findIndex((other) => other.fileName === file.fileName);
    if (index === -1) {
      merged.push(file);
    } else {
      merged[index] = file;
    }
  }

  return merged;
}

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  if (bytes < 1024 * 1024) {
    return `${Math.round(bytes / 1024)} KB`;
  }
  const megabytes = bytes / (1024 * 1024);

  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}

// The API accepts JSON bodies up to 25 MB; 50 files of 2 MB do not fit in
// one request, so files travel in batches well under that. Each guide is
// imported all-or-nothing on its own, so batching changes no outcome.
export const MAX_BATCH_BYTES = 16 * 1024 * 1024;

const encoder = new TextEncoder();

/** Groups files into requests whose JSON stays under `maxBytes`, in order. */
export function batchGuideFiles<T extends { fileName: string; text: string }>(
  files: readonly T[],
  maxBytes: number = MAX_BATCH_BYTES,
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let currentBytes = 0;
  for (const file of files) {
    const bytes = encoder.encode(
      JSON.stringify({ fileName: file.fileName, text: file.text }),
    ).length;
    if (current.length > 0 && currentBytes + bytes > maxBytes) {
      batches.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(file);
    currentBytes += bytes;
  }
  if (current.length > 0) {
    batches.push(current);
  }

  return batches;
}
