import { assertNever } from './assert-never';

describe(assertNever.name, () => {
  it('should throw naming the value when reached at runtime', () => {
    expect(() => assertNever('surprise' as never)).toThrow('"surprise"');
  });
});
