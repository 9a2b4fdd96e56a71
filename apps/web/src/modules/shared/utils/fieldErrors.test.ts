import { describe, expect, it } from 'vitest';

import { withoutFieldError } from './fieldErrors';

describe(withoutFieldError.name, () => {
  it('should drop the changed field’s error and keep the others', () => {
    expect(
      withoutFieldError(
        { email: 'Enter an email', name: 'Enter a name' },
        'email',
      ),
    ).toEqual({ name: 'Enter a name' });
  });

  it('should answer the same object when the field had no error', () => {
    const errors: { email?: string; name?: string } = { name: 'Enter a name' };

    expect(withoutFieldError(errors, 'email')).toBe(errors);
  });
});
