import { MaxLength, validate } from 'class-validator';

import { MaxChars } from './max-chars';

class Capped {
  @MaxChars(5)
  text!: string;
}

class CappedByClassValidator {
  @MaxLength(5)
  text!: string;
}

const withText = <T extends { text: string }>(type: new () => T, text: string): T => Object.assign(new type(), { text });

describe(MaxChars.name, () => {
  it('should accept text up to the limit and refuse one character more', async () => {
    expect(await validate(withText(Capped, 'abcde'))).toEqual([]);
    expect((await validate(withText(Capped, 'abcdef')))[0]?.constraints).toEqual({
      maxChars: 'text must be shorter than or equal to 5 characters',
    });
  });

  it('should count the variation selectors that class-validator\u2019s MaxLength leaves out', async () => {
    const hearts = '\u2764\uFE0F'.repeat(5);

    expect(await validate(withText(CappedByClassValidator, hearts))).toEqual([]);
    expect(await validate(withText(Capped, hearts))).toHaveLength(1);
  });

  it('should count UTF-16 units, as JavaScript and HTML maxlength do', async () => {
    expect(await validate(withText(Capped, '😀😀'))).toEqual([]);
    expect(await validate(withText(Capped, '😀😀😀'))).toHaveLength(1);
  });

  it('should refuse a value that is not text', async () => {
    expect(await validate(Object.assign(new Capped(), { text: 12 }))).toHaveLength(1);
  });
});
