import { createGroupedLoader, createKeyedLoader } from './grouped-loader';

type Row = { key: string; value: number };
const rows: Row[] = [
  { key: 'b', value: 1 },
  { key: 'a', value: 2 },
  { key: 'b', value: 3 },
];

describe('grouped loaders', () => {
  it('should batch keys into one fetch and answer each key in order, [] for misses', async () => {
    const fetched: (readonly string[])[] = [];
    const loader = createGroupedLoader((keys) => {
      fetched.push(keys);

      return Promise.resolve(rows.filter((row) => keys.includes(row.key)));
    }, (row) => row.key);

    const results = await Promise.all(['a', 'b', 'c'].map((key) => loader.load(key)));

    expect(fetched).toEqual([['a', 'b', 'c']]);
    expect(results.map((group) => group.map((row) => row.value))).toEqual([[2], [1, 3], []]);
  });

  it('should answer null for a key with no row', async () => {
    const loader = createKeyedLoader(() => Promise.resolve(rows.slice(1, 2)), (row) => row.key);

    await expect(Promise.all([loader.load('a'), loader.load('z')])).resolves.toEqual([rows[1], null]);
  });
});
