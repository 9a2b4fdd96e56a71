import { QueryFailedError } from 'typeorm';

import { isDatabaseUnavailable, isUniqueViolation } from './postgres-errors';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const queryFailed = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe(isDatabaseUnavailable.name, () => {
  it('should recognise a server that refuses connections', () => {
    expect(isDatabaseUnavailable(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new AggregateError([], 'connect'), { code: 'ECONNREFUSED' }))).toBe(true);
  });

  it('should recognise a server shutting down, crashed or starting up', () => {
    expect(isDatabaseUnavailable(queryFailed(withCode('terminating connection due to administrator command', '57P01')))).toBe(true);
    expect(isDatabaseUnavailable(withCode('the database system is starting up', '57P03'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('connection failure', '08006'))).toBe(true);
  });

  it('should recognise a connection that died without a code', () => {
    expect(isDatabaseUnavailable(queryFailed(new Error('Connection terminated unexpectedly')))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Client has encountered a connection error and is not queryable'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Query runner already released. Cannot run queries anymore.'))).toBe(true);
  });

  it('should recognise an outage wrapped as the cause of another error', () => {
    const wrapped = new Error('Could not record the sign-in', { cause: withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED') });

    expect(isDatabaseUnavailable(wrapped)).toBe(true);
    expect(isDatabaseUnavailable(new Error('Bad input', { cause: new TypeError('x is undefined') }))).toBe(false);
  });

  it('should not mistake a refused query or a bug for an outage', () => {
    const duplicate = queryFailed(withCode('duplicate key value', '23505'));

    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(isUniqueViolation(duplicate)).toBe(true);
    expect(isDatabaseUnavailable(queryFailed(withCode('syntax error', '42601')))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('Cannot read properties of undefined'))).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
