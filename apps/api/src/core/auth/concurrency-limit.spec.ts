import { ConcurrencyLimit } from './concurrency-limit';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));

  return { promise, resolve };
};

describe(ConcurrencyLimit.name, () => {
  it.each([1, 2, 3])('should run at most %i tasks at once and the rest in arrival order', async (limit) => {
    const sut = new ConcurrencyLimit(limit);
    const gates = Array.from({ length: 7 }, deferred);
    const started: number[] = [];
    let running = 0;
    let peak = 0;
    const results = gates.map((gate, index) =>
      sut.run(async () => {
        started.push(index);
        running += 1;
        peak = Math.max(peak, running);
        await gate.promise;
        running -= 1;

        return index;
      }),
    );
    await Promise.resolve();

    expect(sut.load).toEqual({ running: limit, waiting: 7 - limit });
    for (const gate of gates) {
      gate.resolve();
      await new Promise((resolve) => setImmediate(resolve));
    }

    await expect(Promise.all(results)).resolves.toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(peak).toBe(limit);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(sut.load).toEqual({ running: 0, waiting: 0 });
  });

  it('should free the slot of a task that fails', async () => {
    const sut = new ConcurrencyLimit(1);

    await expect(sut.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(sut.run(() => Promise.resolve('next'))).resolves.toBe('next');
    expect(sut.load).toEqual({ running: 0, waiting: 0 });
  });

  it.each([0, -1, 1.5, Number.NaN])('should refuse %p as a limit', (limit) => {
    expect(() => new ConcurrencyLimit(limit)).toThrow('positive integer');
  });
});
