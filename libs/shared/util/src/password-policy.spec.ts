import {
  PASSWORD_POLICY,
  passwordProblem,
  passwordProblemMessage,
} from './password-policy';

describe(passwordProblem.name, () => {
  it('should accept a password of exactly the minimum length', () => {
    expect(passwordProblem('x'.repeat(PASSWORD_POLICY.minLength - 1) + 'y')).toBeNull();
  });

  it('should refuse a password one character short of the minimum', () => {
    expect(passwordProblem('ab'.repeat(PASSWORD_POLICY.minLength).slice(0, PASSWORD_POLICY.minLength - 1))).toBe('TOO_SHORT');
  });

  it('should count an emoji as one character when measuring length', () => {
    // 11 keys are 22 UTF-16 units: still too short.
    expect(passwordProblem('🔑'.repeat(PASSWORD_POLICY.minLength - 1))).toBe('TOO_SHORT');
    expect(passwordProblem('🔑🗝'.repeat(PASSWORD_POLICY.minLength / 2))).toBeNull();
  });

  it('should accept the maximum length and refuse one character more', () => {
    const longest = 'correct horse battery staple '.repeat(5).slice(0, PASSWORD_POLICY.maxLength);

    expect(passwordProblem(longest)).toBeNull();
    expect(passwordProblem(`${longest}x`)).toBe('TOO_LONG');
  });

  it('should refuse the email address, or its local part, in any letter case', () => {
    expect(passwordProblem('Nina.Newhire@Example.test', 'nina.newhire@example.test')).toBe('SAME_AS_EMAIL');
    expect(passwordProblem('nina.newhire', 'Nina.Newhire@example.test')).toBe('SAME_AS_EMAIL');
    expect(passwordProblem('nina.newhire!!', 'nina.newhire@example.test')).toBeNull();
  });

  it('should refuse a listed common password in any letter case', () => {
    expect(passwordProblem('Password1234')).toBe('TOO_COMMON');
    expect(passwordProblem('QWERTY123456')).toBe('TOO_COMMON');
  });

  it('should refuse one character repeated', () => {
    expect(passwordProblem('aaaaaaaaaaaaaa')).toBe('TOO_COMMON');
  });

  it('should accept the demo password the README and seed use', () => {
    expect(passwordProblem('panelwise-demo', 'ana@panelwise.test')).toBeNull();
  });
});

describe(passwordProblemMessage.name, () => {
  it('should name the limits in the length messages', () => {
    expect(passwordProblemMessage('TOO_SHORT')).toContain(String(PASSWORD_POLICY.minLength));
    expect(passwordProblemMessage('TOO_LONG')).toContain(String(PASSWORD_POLICY.maxLength));
  });
});
