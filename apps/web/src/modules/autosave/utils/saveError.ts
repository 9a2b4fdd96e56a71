import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

import type { SaveProblem } from './autosaveQueue';

/** What an autosave does with a failed request. */
export type SaveFailure =
  | { type: 'offline' }
  | { type: 'conflict'; currentVersion: number; currentText: string | null }
  | { type: 'failed'; message: string; problems: SaveProblem[] };

function isProblem(value: unknown): value is SaveProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as SaveProblem).field === 'string' &&
    typeof (value as SaveProblem).message === 'string'
  );
}

/**
 * Sorts a failed save: no answer (or a gateway's 5xx, or the API's own
 * DATABASE_UNAVAILABLE) is "offline" and is retried; CONFLICT carries the
 * stored version; anything else is refused.
 */
export function classifySaveError(error: unknown): SaveFailure {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = first?.extensions ?? {};
    if (extensions['code'] === 'DATABASE_UNAVAILABLE') {
      return { type: 'offline' };
    }
    if (extensions['code'] === 'CONFLICT') {
      const currentVersion = extensions['currentVersion'];
      const currentText = extensions['currentText'];

      return {
        type: 'conflict',
        currentVersion: typeof currentVersion === 'number' ? currentVersion : 0,
        currentText: typeof currentText === 'string' ? currentText : null,
      };
    }
    const problems = Array.isArray(extensions['problems'])
      ? extensions['problems'].filter(isProblem)
      : [];
    const field = extensions['field'];

    return {
      type: 'failed',
      message: first?.message ?? 'The server refused this save',
      problems:
        problems.length || typeof field !== 'string'
          ? problems.map(({ field: name, message }) => ({
              field: name,
              message,
            }))
          : [{ field, message: first?.message ?? '' }],
    };
  }
  if (ServerError.is(error) && error.statusCode < 500) {
    return {
      type: 'failed',
      message: `The server answered with HTTP ${error.statusCode}`,
      problems: [],
    };
  }

  // fetch() rejected (offline, DNS, aborted) or a proxy answered 5xx.
  return { type: 'offline' };
}

/** The reason of a CONFLICT, e.g. SESSION_NOT_STARTED. */
export function conflictReason(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) {
    return null;
  }
  const first = error.errors[0];
  const reason = first?.extensions?.['reason'];

  return first?.extensions?.['code'] === 'CONFLICT' &&
    typeof reason === 'string'
    ? reason
    : null;
}
