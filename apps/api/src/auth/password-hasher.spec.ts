import { hashPassword, verifyPassword } from './password-hasher';

describe('password hasher', () => {
  it('should verify the password it hashed', async () => {
    const hash = await hashPassword('correct horse battery');

    await expect(verifyPassword('correct horse battery', hash)).resolves.toBe(true);
  });

  it('should reject a different password', async () => {
    const hash = await hashPassword('correct horse battery');

    await expect(verifyPassword('correct horse batterY', hash)).resolves.toBe(false);
  });

  it('should salt each hash when the same password is hashed twice', async () => {
    const [first, second] = await Promise.all([hashPassword('same'), hashPassword('same')]);

    expect(first).not.toEqual(second);
  });

  it('should reject a malformed stored hash', async () => {
    await expect(verifyPassword('x', 'plain-text')).resolves.toBe(false);
  });
});
