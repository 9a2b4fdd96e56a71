export { assertNever } from './assert-never';
export { isValidTimeZone } from './time-zone';
