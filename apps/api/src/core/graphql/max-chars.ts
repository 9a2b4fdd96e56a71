import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';

export const MAX_CHARS = 'maxChars';

/**
 * The longest a text input may be, counted in UTF-16 code units (JavaScript's
 * `length`, as HTML's maxlength counts), so at least as strict as PostgreSQL's
 * varchar(n), which counts code points. Use it instead of class-validator's
 * MaxLength: validator.js counts a character followed by U+FE0E or U+FE0F as
 * one, so 200 "❤️" passed a limit of 200 as 400 code points and failed in a
 * varchar(200) column as an internal error (issue #8).
 */
export function MaxChars(max: number, validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: MAX_CHARS,
      constraints: [max],
      validator: {
        validate: (value: unknown): boolean => typeof value === 'string' && value.length <= max,
        defaultMessage: buildMessage(
          (eachPrefix) => `${eachPrefix}$property must be shorter than or equal to $constraint1 characters`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}
