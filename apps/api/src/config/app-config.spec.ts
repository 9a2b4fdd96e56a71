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

  it('should reject invalid values naming the variable', () => {
    expect(() => AppConfig.fromEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => AppConfig.fromEnv({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
  });
});
