import DataLoader from 'dataloader';

/** A loader returning, per key, every row whose `keyOf` is that key ([] when none), in key order. */
export function createGroupedLoader<Row>(fetch: (keys: readonly string[]) => Promise<Row[]>, keyOf: (row: Row) => string) {
  return new DataLoader<string, Row[]>(async (keys) => {
    const groups = new Map<string, Row[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) {
      groups.get(keyOf(row))?.push(row);
    }

    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** A loader returning, per key, the one row whose `keyOf` is that key, or null. */
export function createKeyedLoader<Row>(fetch: (keys: readonly string[]) => Promise<Row[]>, keyOf: (row: Row) => string) {
  return new DataLoader<string, Row | null>(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((row) => [keyOf(row), row]));

    return keys.map((key) => byKey.get(key) ?? null);
  });
}
