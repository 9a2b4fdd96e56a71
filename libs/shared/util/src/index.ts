export { assertNever } from './assert-never';
export { isValidTimeZone } from './time-zone';
export type { JsonObject, JsonValue } from './json';
export { type CsvCell, csvCell, toCsv } from './csv';
