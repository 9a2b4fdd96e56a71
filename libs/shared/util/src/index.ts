export { assertNever } from './assert-never';
export { formatInTimeZone, isoInTimeZone, isValidTimeZone } from './time-zone';
export type { JsonObject, JsonValue } from './json';
export { type CsvCell, csvCell, toCsv } from './csv';
export {
  PASSWORD_POLICY,
  PASSWORD_POLICY_HINT,
  type PasswordProblem,
  passwordProblem,
  passwordProblemMessage,
} from './password-policy';
