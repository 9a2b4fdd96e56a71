export { expandAvailability } from './availability-expansion';
export { checkBookable } from './bookable';
export type {
  BookingRule,
  BookingViolation,
  CheckBookableInput,
} from './bookable';
export {
  MAX_BUFFER_MINUTES,
  validateAvailability,
} from './availability-validation';
export type {
  AvailabilityProblem,
  AvailabilityProblemCode,
} from './availability-validation';
export { intervalsOverlap } from './interval';
export { panelistLoad } from './scoring';
export type { PanelistLoadInput } from './scoring';
export {
  DEFAULT_MAX_RESULTS,
  DEFAULT_STEP_MINUTES,
  findSlots,
} from './slot-search';
export {
  MAX_MINIMUM_NOTICE_MINUTES,
  MAX_SEARCH_RANGE_DAYS,
  SlotSearchInputError,
  validateSlotSearch,
} from './slot-search-validation';
export type {
  SlotSearchProblem,
  SlotSearchProblemCode,
} from './slot-search-validation';
export {
  instantToWallClock,
  isKnownTimeZone,
  localDateTimeToInstant,
  timeZoneOffsetMinutes,
} from './time-zone';
export type { WallClock } from './time-zone';
export { timeZoneLabel, timeZoneNames } from './time-zone-names';
export type {
  Availability,
  DateOverride,
  FindSlotsInput,
  Interval,
  InterviewerSchedule,
  PanelRequest,
  Slot,
  TimeOff,
  TimeWindow,
  Weekday,
  WeeklyWindow,
} from './types';
