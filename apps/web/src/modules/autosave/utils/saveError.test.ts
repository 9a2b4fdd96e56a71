import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';

import { classifySaveError, conflictReason } from './saveError';

const graphqlError = (extensions: Record<string, unknown>, message = 'No') =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

describe(classifySaveError.name, () => {
  it('should read the stored version and text of a CONFLICT', () => {
    expect(
      classifySaveError(
        graphqlError({
          code: 'CONFLICT',
          currentVersion: 4,
          currentText: 'Stored notes',
        }),
      ),
    ).toEqual({
      type: 'conflict',
      currentVersion: 4,
      currentText: 'Stored notes',
    });
  });

  it('should keep the problems of a refused save', () => {
    const problems = [
      {
        field: 'ratings.c1.evidence',
        message: 'An extreme rating needs evidence',
      },
    ];

    expect(
      classifySaveError(
        graphqlError({ code: 'BAD_USER_INPUT', problems }, 'Cannot save'),
      ),
    ).toEqual({ type: 'failed', message: 'Cannot save', problems });
  });

  it('should name the field when the server gives one field only', () => {
    expect(
      classifySaveError(
        graphqlError(
          { code: 'BAD_USER_INPUT', field: 'followUpsAsked' },
          'Out of range',
        ),
      ),
    ).toEqual({
      type: 'failed',
      message: 'Out of range',
      problems: [{ field: 'followUpsAsked', message: 'Out of range' }],
    });
  });

  it('should retry when fetch fails or a gateway answers 5xx', () => {
    expect(classifySaveError(new TypeError('Failed to fetch'))).toEqual({
      type: 'offline',
    });
    expect(
      classifySaveError(
        new ServerError('Bad gateway', {
          response: new Response('', { status: 502 }),
          bodyText: '',
        }),
      ),
    ).toEqual({ type: 'offline' });
  });

  it('should retry while the API reports its database unavailable', () => {
    expect(
      classifySaveError(graphqlError({ code: 'DATABASE_UNAVAILABLE' })),
    ).toEqual({ type: 'offline' });
  });

  it('should not retry a 4xx answer without GraphQL errors', () => {
    expect(
      classifySaveError(
        new ServerError('Payload too large', {
          response: new Response('', { status: 413 }),
          bodyText: '',
        }),
      ).type,
    ).toBe('failed');
  });
});

describe(conflictReason.name, () => {
  it('should tell a session that is not started yet', () => {
    expect(
      conflictReason(
        graphqlError({ code: 'CONFLICT', reason: 'SESSION_NOT_STARTED' }),
      ),
    ).toBe('SESSION_NOT_STARTED');
    expect(conflictReason(new TypeError('offline'))).toBeNull();
  });
});
