import { passwordProblem, passwordProblemMessage } from '@panelwise/shared-util';

import { DomainError } from '@api/core/domain-error';

/**
 * Applies the shared password policy wherever a password is set: BAD_USER_INPUT
 * naming the input field, with the broken rule in `extensions.reason`.
 */
export function assertPasswordPolicy(password: string, email: string, field: string): void {
  const problem = passwordProblem(password, email);
  if (problem) {
    throw new DomainError('BAD_USER_INPUT', passwordProblemMessage(problem), { field, reason: problem });
  }
}
