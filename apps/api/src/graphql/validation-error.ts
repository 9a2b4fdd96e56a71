import type { ValidationError } from 'class-validator';

import { DomainError } from './domain-error';

type Problem = { field: string; message: string };

function flatten(errors: ValidationError[], prefix = ''): Problem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));

    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Turns class-validator failures, nested inputs included, into one BAD_USER_INPUT naming the first field. */
export function toValidationError(errors: ValidationError[]): DomainError {
  const problems = flatten(errors);
  const [first] = problems;

  return new DomainError('BAD_USER_INPUT', problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ') || 'Invalid input', {
    field: first?.field,
  });
}
