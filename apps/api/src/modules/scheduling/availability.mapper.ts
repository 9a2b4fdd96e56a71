import type { Availability, TimeOff } from '@panelwise/domain-scheduling';

import type { AvailabilityEntity, StoredTimeOff } from './availability.entity';
import type { AvailabilityModel, TimeOffModel } from './dto/availability.model';

export function toTimeOffModel(timeOff: StoredTimeOff): TimeOffModel {
  return timeOff.kind === 'dates'
    ? { kind: 'dates', startDate: timeOff.startDate, endDate: timeOff.endDate, note: timeOff.note ?? null }
    : { kind: 'interval', start: new Date(timeOff.start), end: new Date(timeOff.end), note: timeOff.note ?? null };
}

export function toAvailabilityModel(entity: AvailabilityEntity): AvailabilityModel {
  return {
    userId: entity.userId,
    timeZone: entity.timeZone,
    weeklyWindows: entity.weeklyWindows,
    overrides: entity.overrides,
    timeOff: entity.timeOff.map(toTimeOffModel),
    dailyCap: entity.dailyCap,
    weeklyCap: entity.weeklyCap,
    bufferMinutes: entity.bufferMinutes,
    version: entity.version,
  };
}

/** The domain library's view of stored availability. */
/** The parts of a stored availability the slot finder reads. */
export type StoredAvailability = Pick<AvailabilityEntity, 'timeZone' | 'weeklyWindows' | 'overrides' | 'timeOff' | 'dailyCap' | 'weeklyCap' | 'bufferMinutes'>;

export function toDomainAvailability(entity: StoredAvailability): Availability {
  return {
    timeZone: entity.timeZone,
    weeklyWindows: entity.weeklyWindows,
    overrides: entity.overrides,
    timeOff: entity.timeOff.map(
      (off): TimeOff =>
        off.kind === 'dates'
          ? { kind: 'dates', startDate: off.startDate, endDate: off.endDate }
          : { kind: 'interval', start: new Date(off.start), end: new Date(off.end) },
    ),
    dailyCap: entity.dailyCap,
    weeklyCap: entity.weeklyCap,
    bufferMinutes: entity.bufferMinutes,
  };
}
