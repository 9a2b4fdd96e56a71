// Record types with a page of their own; the rest are shown without a link.
const RECORD_PATHS: Readonly<Record<string, string>> = {
  session: '/sessions',
  candidate: '/candidates',
  kit: '/kits',
  rubric: '/rubrics',
  guide: '/guides',
};

/** The app path of the audited record, when it has a page. */
export function auditRecordPath(
  recordType: string,
  recordId: string | null,
): string | null {
  const base = Object.hasOwn(RECORD_PATHS, recordType)
    ? RECORD_PATHS[recordType]
    : undefined;
  if (!base || !recordId) {
    return null;
  }

  return `${base}/${encodeURIComponent(recordId)}`;
}

/** "3f2a…9c1d": enough of a UUID to tell records apart in a table. */
export function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 4)}…${id.slice(-4)}` : id;
}
