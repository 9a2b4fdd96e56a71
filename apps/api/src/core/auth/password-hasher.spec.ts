import { hashPassword, needsRehash, PASSWORD_HASH_CONCURRENCY, passwordHashingLoad, scryptCost, scryptMemoryBytes, verifyPassword } from './password-hasher';

// Cheap parameters keep the suite fast; the production default is checked by its stored form.
const CHEAP = scryptCost(10);

describe('password hasher', () => {
  it('should verify the password it hashed', async () => {
    const hash = await hashPassword('correct horse battery', CHEAP);

    await expect(verifyPassword('correct horse battery', hash)).resolves.toBe(true);
  });

  it('should reject a different password', async () => {
    const hash = await hashPassword('correct horse battery', CHEAP);

    await expect(verifyPassword('correct horse batterY', hash)).resolves.toBe(false);
  });

  it('should salt each hash when the same password is hashed twice', async () => {
    const [first, second] = await Promise.all([hashPassword('same', CHEAP), hashPassword('same', CHEAP)]);

    expect(first).not.toEqual(second);
  });

  it("should hash at OWASP's minimum by default and store the parameters with the hash", async () => {
    const hash = await hashPassword('correct horse battery');

    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(scryptMemoryBytes(scryptCost(17))).toBeGreaterThan(128 * 2 ** 20);
  });

  it('should verify a hash made at older, lower parameters', async () => {
    const older = await hashPassword('correct horse battery', scryptCost(15));

    expect(older.startsWith('scrypt$32768$8$1$')).toBe(true);
    await expect(verifyPassword('correct horse battery', older)).resolves.toBe(true);
  });

  it.each([
    ['a lower N', scryptCost(15), scryptCost(17), true],
    ['the same parameters', scryptCost(17), scryptCost(17), false],
    ['a higher N than asked for', scryptCost(17), scryptCost(15), false],
    ['a lower r', { N: 2 ** 17, r: 4, p: 1 }, scryptCost(17), true],
  ])('should decide on rehashing a hash at %s', (_case, stored, wanted, expected) => {
    expect(needsRehash(`scrypt$${stored.N}$${stored.r}$${stored.p}$c2FsdA==$a2V5`, wanted)).toBe(expected);
  });

  it.each([
    ['plain text', 'plain-text'],
    ['another scheme', 'bcrypt$2b$10$abc'],
    ['N not a power of two', 'scrypt$1000$8$1$c2FsdA==$a2V5'],
    ['parameters over 1 GiB', `scrypt$${2 ** 21}$8$1$c2FsdA==$a2V5`],
    ['an empty key', 'scrypt$1024$8$1$c2FsdA==$'],
    ['extra fields', 'scrypt$1024$8$1$c2FsdA==$a2V5$more'],
  ])('should reject a malformed stored hash: %s, and ask for a rehash', async (_case, stored) => {
    await expect(verifyPassword('x', stored)).resolves.toBe(false);
    expect(needsRehash(stored, CHEAP)).toBe(true);
  });

  it(`should compute at most ${PASSWORD_HASH_CONCURRENCY} hashes at a time and queue the rest`, async () => {
    const hashes = Array.from({ length: 8 }, () => hashPassword('queued', scryptCost(14)));
    const samples: { running: number; waiting: number }[] = [];
    const sampler = setInterval(() => samples.push(passwordHashingLoad()), 1);
    await Promise.all(hashes);
    clearInterval(sampler);

    expect(samples.length).toBeGreaterThan(0);
    expect(Math.max(...samples.map((sample) => sample.running))).toBe(PASSWORD_HASH_CONCURRENCY);
    expect(samples[0]).toEqual({ running: PASSWORD_HASH_CONCURRENCY, waiting: 8 - PASSWORD_HASH_CONCURRENCY });
    expect(passwordHashingLoad()).toEqual({ running: 0, waiting: 0 });
  });
});
