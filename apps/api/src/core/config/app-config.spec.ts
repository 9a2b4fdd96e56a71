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

  it('should read an empty variable as unset', () => {
    const sut = AppConfig.fromEnv({ SETUP_TOKEN: '', SMTP_URL: '', PORT: '' });

    expect(sut.get('SETUP_TOKEN')).toBeUndefined();
    expect(sut.smtp).toBeNull();
    expect(sut.get('PORT')).toBe(3000);
  });

  it.each([
    ['nothing', {}, null],
    ['a URL', { SMTP_URL: 'smtp://user:secret@mail.example.com:2525' }, { url: 'smtp://user:secret@mail.example.com:2525' }],
    ['a host', { SMTP_HOST: 'mail.example.com' }, { host: 'mail.example.com', port: 587, secure: false, user: undefined, password: undefined }],
    ['port 465', { SMTP_HOST: 'mail.example.com', SMTP_PORT: '465', SMTP_USER: 'u', SMTP_PASSWORD: 'p' }, { host: 'mail.example.com', port: 465, secure: true, user: 'u', password: 'p' }],
  ])('should build the SMTP settings from %s', (_case, env, expected) => {
    expect(AppConfig.fromEnv(env).smtp).toEqual(expected);
  });

  it.each([
    [{}, false],
    [{ TRUST_PROXY: 'true' }, true],
    [{ TRUST_PROXY: 'false' }, false],
    [{ TRUST_PROXY: '2' }, 2],
    [{ TRUST_PROXY: 'loopback, 10.0.0.0/8' }, 'loopback, 10.0.0.0/8'],
  ])('should read TRUST_PROXY %j in Express trust-proxy terms', (env, expected) => {
    expect(AppConfig.fromEnv(env).trustProxy).toEqual(expected);
  });

  it.each(['not an address', '10.0.0.0/33', 'loopback/8', '10.0.0.1,', 'yes'])('should refuse TRUST_PROXY %j naming the variable', (value) => {
    expect(() => AppConfig.fromEnv({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
  });

  it.each([
    ['unset, in production', { NODE_ENV: 'production' }, { N: 2 ** 17, r: 8, p: 1 }],
    ['unset, in development', {}, { N: 2 ** 17, r: 8, p: 1 }],
    ['18 in production', { NODE_ENV: 'production', PASSWORD_HASH_COST: '18' }, { N: 2 ** 18, r: 8, p: 1 }],
    ['12 in development', { PASSWORD_HASH_COST: '12' }, { N: 2 ** 12, r: 8, p: 1 }],
  ])('should read PASSWORD_HASH_COST %s as scrypt parameters', (_case, env, expected) => {
    expect(AppConfig.fromEnv(env).passwordHashCost).toEqual(expected);
  });

  it.each([
    ['below the minimum in production', { NODE_ENV: 'production', PASSWORD_HASH_COST: '16' }],
    ['below any test cost', { PASSWORD_HASH_COST: '11' }],
    ['over 1 GiB a hash', { PASSWORD_HASH_COST: '21' }],
    ['not a whole number', { PASSWORD_HASH_COST: '17.5' }],
  ])('should refuse PASSWORD_HASH_COST %s naming the variable', (_case, env) => {
    expect(() => AppConfig.fromEnv(env)).toThrow(/PASSWORD_HASH_COST/);
  });

  it('should reject invalid values naming the variable', () => {
    expect(() => AppConfig.fromEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => AppConfig.fromEnv({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
  });
});
