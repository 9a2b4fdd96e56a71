import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';

import { ApiError, toApiError } from './apiError';

describe(toApiError.name, () => {
  it('should keep the code, message and field of the first GraphQL error', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'x is already a member',
          extensions: { code: 'CONFLICT', field: 'email' },
        },
      ],
    });

    const sut = toApiError(error);

    expect(sut).toBeInstanceOf(ApiError);
    expect([sut.code, sut.message, sut.field]).toEqual([
      'CONFLICT',
      'x is already a member',
      'email',
    ]);
  });

  it.each(['RATE_LIMITED', 'DATABASE_UNAVAILABLE'])(
    'should keep the %s code and the server message',
    (code) => {
      const sut = toApiError(
        new CombinedGraphQLErrors({
          errors: [{ message: 'Try again shortly', extensions: { code } }],
        }),
      );

      expect([sut.code, sut.message]).toEqual([code, 'Try again shortly']);
    },
  );

  it('should report a network error when fetch fails', () => {
    const sut = toApiError(new TypeError('Failed to fetch'));

    expect(sut.code).toBe('NETWORK_ERROR');
  });

  it('should treat an unknown code as an internal error', () => {
    const sut = toApiError(
      new CombinedGraphQLErrors({
        errors: [{ message: 'boom', extensions: { code: 'WAT' } }],
      }),
    );

    expect(sut.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
