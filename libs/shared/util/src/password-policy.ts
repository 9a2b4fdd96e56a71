import { assertNever } from './assert-never';

/**
 * The rules every new password follows, checked by the API wherever a
 * password is set and by the web forms before they send one.
 *
 * Length over composition rules (NIST SP 800-63B): at least 12 characters.
 * At most 128: scrypt reads the whole password (no 72-byte cut like bcrypt),
 * so the cap only bounds the work one request can ask of the hasher.
 */
export const PASSWORD_POLICY = {
  minLength: 12,
  maxLength: 128,
} as const;

export type PasswordProblem =
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'SAME_AS_EMAIL'
  | 'TOO_COMMON';

// Very common passwords long enough to pass the length rule (from public
// breach top lists); compared case-insensitively.
const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '000000000000',
  '111111111111',
  '121212121212',
  '123123123123',
  '123456123456',
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456789abc',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'abc123abc123',
  'abcd12345678',
  'abcdefghijkl',
  'admin1234567',
  'administrator',
  'asdfghjkl123',
  'baseball1234',
  'changeme1234',
  'football1234',
  'iloveyou1234',
  'letmein12345',
  'monkey123456',
  'password1234',
  'password12345',
  'password123!',
  'password123456',
  'passwordpassword',
  'princess1234',
  'qwerty123456',
  'qwertyqwerty',
  'qwertyuiop12',
  'qwertyuiop123',
  'qwertyuiopasdf',
  'starwars1234',
  'sunshine1234',
  'superman1234',
  'trustno1trustno1',
  'welcome12345',
  'zxcvbnm12345',
]);

/** Characters as a person counts them (an emoji is one), not UTF-16 units. */
function lengthOf(password: string): number {
  return Array.from(password).length;
}

/** The first rule the password breaks, or null when it may be used. */
export function passwordProblem(
  password: string,
  email?: string,
): PasswordProblem | null {
  const length = lengthOf(password);
  if (length < PASSWORD_POLICY.minLength) {
    return 'TOO_SHORT';
  }
  if (length > PASSWORD_POLICY.maxLength) {
    return 'TOO_LONG';
  }
  const lowered = password.trim().toLowerCase();
  const address = email?.trim().toLowerCase();
  if (address && (lowered === address || lowered === address.split('@')[0])) {
    return 'SAME_AS_EMAIL';
  }
  // One character repeated ("aaaaaaaaaaaa") is as weak as anything listed.
  if (COMMON_PASSWORDS.has(lowered) || new Set(lowered).size === 1) {
    return 'TOO_COMMON';
  }

  return null;
}

/** A sentence for the person choosing the password. */
export function passwordProblemMessage(problem: PasswordProblem): string {
  switch (problem) {
    case 'TOO_SHORT':
      return `Use at least ${PASSWORD_POLICY.minLength} characters`;
    case 'TOO_LONG':
      return `Use at most ${PASSWORD_POLICY.maxLength} characters`;
    case 'SAME_AS_EMAIL':
      return 'Choose a password that is not your email address';
    case 'TOO_COMMON':
      return 'This password is too common: choose another';
    default:
      return assertNever(problem);
  }
}

/** The policy in one line, for form hints. */
export const PASSWORD_POLICY_HINT = `${PASSWORD_POLICY.minLength} to ${PASSWORD_POLICY.maxLength} characters, not your email, not a common password`;
