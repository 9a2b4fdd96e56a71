import type { SessionActivityFieldsFragment } from '@web/generated/graphql';

/**
 * The stored history and the events heard live, as one feed: newest first,
 * each event once (the same id arrives both ways around a reload), at most `limit`.
 */
export function mergeActivity(
  history: readonly SessionActivityFieldsFragment[],
  live: readonly SessionActivityFieldsFragment[],
  limit: number,
): SessionActivityFieldsFragment[] {
  const byId = new Map<string, SessionActivityFieldsFragment>();
  for (const event of [...live, ...history]) {
    if (!byId.has(event.id)) {
      byId.set(event.id, event);
    }
  }

  return [...byId.values()]
    .sort(
      (a, b) => Date.parse(b.at) - Date.parse(a.at) || b.id.localeCompare(a.id),
    )
    .slice(0, limit);
}
