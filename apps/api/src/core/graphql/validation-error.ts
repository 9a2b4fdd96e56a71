import type { ValidationError } from 'class-validator';

import { DomainError } from '@api/core/domain-error';

type Problem = { field: string; message: string };

function flatten(errors: ValidationError[], prefix = ''): Problem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));

    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Turns class-validator failures, nested inputs included, into one
 * BAD_USER_INPUT naming the first field in `field`. The message is the first
 * failure's own, written for the person who filled the field in (a form shows
 * it under that field), not prefixed with a path they never saw.
 */
export function toValidationError(errors: ValidationError[]): DomainError {
  const problems = flatten(errors);
  const [first] = problems;

  return new DomainError('BAD_USER_INPUT', first?.message ?? 'Check the form and try again.', {
    field: first?.field,
    ...(problems.length > 1 ? { problems } : {}),
  });
}
