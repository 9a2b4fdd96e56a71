import { HeaderMap } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

import { DATABASE_RETRY_AFTER_SECONDS, databaseUnavailablePlugin } from './database-unavailable.plugin';

type Listener = { willSendResponse: (context: unknown) => Promise<void> };

async function statusFor(errors: GraphQLFormattedError[] | undefined) {
  const listener = (await databaseUnavailablePlugin.requestDidStart?.({} as never)) as unknown as Listener;
  const response = {
    http: { status: undefined as number | undefined, headers: new HeaderMap() },
    body: { kind: 'single', singleResult: { data: null, errors } },
  };
  await listener.willSendResponse({ response });

  return { status: response.http.status, retryAfter: response.http.headers.get('retry-after') };
}

describe('databaseUnavailablePlugin', () => {
  it('should answer 503 with Retry-After when an error says the database is unavailable', async () => {
    await expect(
      statusFor([{ message: 'No', extensions: { code: 'NOT_FOUND' } }, { message: 'Down', extensions: { code: 'DATABASE_UNAVAILABLE' } }]),
    ).resolves.toEqual({ status: 503, retryAfter: String(DATABASE_RETRY_AFTER_SECONDS) });
  });

  it('should leave the status alone for other errors and for success', async () => {
    await expect(statusFor([{ message: 'No', extensions: { code: 'CONFLICT' } }])).resolves.toEqual({ status: undefined, retryAfter: undefined });
    await expect(statusFor(undefined)).resolves.toEqual({ status: undefined, retryAfter: undefined });
  });
});
