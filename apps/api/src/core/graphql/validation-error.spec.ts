import type { ValidationError } from 'class-validator';

import { toValidationError } from './validation-error';

describe(toValidationError.name, () => {
  it('should name the nested field and keep its message when an item of a list fails', () => {
    const errors = [
      {
        property: 'items',
        children: [{ property: '0', children: [{ property: 'plannedMinutes', constraints: { min: 'plannedMinutes must be at least 1' } }] }],
      },
    ] as unknown as ValidationError[];

    const sut = toValidationError(errors);

    expect(sut.code).toBe('BAD_USER_INPUT');
    expect(sut.details.field).toBe('items.0.plannedMinutes');
    expect(sut.message).toBe('plannedMinutes must be at least 1');
  });

  it('should name a top-level field', () => {
    const sut = toValidationError([{ property: 'email', constraints: { isEmail: 'email must be a valid email address' } }] as ValidationError[]);

    expect(sut.details.field).toBe('email');
  });
});

describe(`${toValidationError.name} messages`, () => {
  it('should show the first failure as written for a person, and list every failure beside it', () => {
    const sut = toValidationError([
      { property: 'name', constraints: { minLength: 'Enter the candidate’s name.' } },
      { property: 'email', constraints: { isEmail: 'Enter an email address, like name@example.com.' } },
    ] as ValidationError[]);

    expect(sut.message).toBe('Enter the candidate’s name.');
    expect(sut.details).toMatchObject({
      field: 'name',
      problems: [
        { field: 'name', message: 'Enter the candidate’s name.' },
        { field: 'email', message: 'Enter an email address, like name@example.com.' },
      ],
    });
  });
});
