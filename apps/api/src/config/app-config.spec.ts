import { AppConfig } from './app-config';

describe(AppConfig.name, () => {
  it('should apply defaults when the environment is empty', () => {
    const sut = AppConfig.fromEnv({});

    expect(sut.get('PORT')).toBe(3000);
    expect(sut.get('DATA_DIR')).toBe('.data');
    expect(sut.get('DATABASE_URL')).toBeUndefined();
    expect(sut.publicUrl).toBe('http://localhost:3000');
  });

  it('should coerce numbers and booleans from strings', () => {
    const sut = AppConfig.fromEnv({ PORT: '8080', COOKIE_SECURE: 'true', SEED_DEMO: '0' });

    expect(sut.get('PORT')).toBe(8080);
    expect(sut.get('COOKIE_SECURE')).toBe(true);
    expect(sut.get('SEED_DEMO')).toBe(false);
  });

  it.each([
    ['development, COOKIE_SECURE unset', {}, false],
    ['production, COOKIE_SECURE unset', { NODE_ENV: 'production' }, true],
    ['production, COOKIE_SECURE=false', { NODE_ENV: 'production', COOKIE_SECURE: 'false' }, false],
    ['development, COOKIE_SECURE=true', { COOKIE_SECURE: 'true' }, true],
  ])('should decide the Secure cookie flag for %s', (_case, env, expected) => {
    expect(AppConfig.fromEnv(env).cookieSecure).toBe(expected);
  });

  it('should reject invalid values naming the variable', () => {
    expect(() => AppConfig.fromEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => AppConfig.fromEnv({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
  });
});
