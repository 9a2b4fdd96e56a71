import { IsOptional, validate } from 'class-validator';

import { IsTimeZone } from './is-time-zone';

class Zoned {
  @IsOptional()
  @IsTimeZone()
  timeZone?: string | null;
}

const zoned = (timeZone: unknown): Zoned => Object.assign(new Zoned(), { timeZone });

describe(IsTimeZone.name, () => {
  it('should accept IANA zones and UTC', async () => {
    for (const zone of ['Europe/Paris', 'America/Argentina/Buenos_Aires', 'UTC', 'Asia/Kolkata']) {
      expect(await validate(zoned(zone))).toEqual([]);
    }
  });

  it('should refuse an unknown zone, an offset, blank text and a non-string, saying what to do', async () => {
    for (const value of ['Mars/Base', '+02:00', '', '   ', 42]) {
      const [error] = await validate(zoned(value));

      expect(error?.constraints).toEqual({ isTimeZone: 'Choose a time zone from the list' });
    }
  });

  it('should leave an omitted optional zone to IsOptional', async () => {
    expect(await validate(zoned(undefined))).toEqual([]);
    expect(await validate(zoned(null))).toEqual([]);
  });
});
