import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';

import { DOMAIN_ERROR_CODES, DomainError } from '@api/core/domain-error';
import { CLIENT_ERROR_CODES, formatGraphQLError } from './format-error';

describe(formatGraphQLError.name, () => {
  beforeEach(() => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });

  it('should keep a domain error\'s code, message and field', () => {
    const original = new DomainError('CONFLICT', 'Already used', { field: 'token' });
    const error = new GraphQLError('Already used', { originalError: original, path: ['acceptInvite'] });

    expect(formatGraphQLError({ message: 'Already used', path: ['acceptInvite'] }, error)).toEqual({
      message: 'Already used',
      path: ['acceptInvite'],
      extensions: { code: 'CONFLICT', field: 'token' },
    });
  });

  it('should mask an unexpected error as INTERNAL_SERVER_ERROR without its message', () => {
    const error = new GraphQLError('relation "secret_table" does not exist', {
      originalError: new Error('relation "secret_table" does not exist'),
    });
    const formatted = formatGraphQLError({ message: error.message }, error);

    expect(formatted).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(formatted)).not.toContain('secret_table');
  });

  it('should answer DATABASE_UNAVAILABLE, without internals, when the database cannot be reached', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' });
    const error = new GraphQLError(refused.message, { originalError: refused, path: ['myInterviews'] });
    const formatted = formatGraphQLError({ message: error.message, path: ['myInterviews'] }, error);

    expect(formatted).toMatchObject({ path: ['myInterviews'], extensions: { code: 'DATABASE_UNAVAILABLE' } });
    expect(JSON.stringify(formatted)).not.toContain('10.0.0.5');
  });

  it('should pass through GraphQL validation failures with their code', () => {
    const formatted = formatGraphQLError(
      { message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new GraphQLError('Cannot query field "x"'),
    );

    expect(formatted.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('CLIENT_ERROR_CODES', () => {
  /** The first column of the README's "API errors" table. */
  function readmeCodes(): string[] {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const section = /^## API errors\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';

    return [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1] ?? '');
  }

  it("should be listed in the README's error table, each once, and nothing else", () => {
    const listed = readmeCodes();

    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...CLIENT_ERROR_CODES].sort());
  });

  it.each([...DOMAIN_ERROR_CODES])('should pass the domain code %s through', (code) => {
    const answer = formatGraphQLError({ message: 'x' }, new GraphQLError('x', { originalError: new DomainError(code, 'x') }));

    expect(answer.extensions?.['code']).toBe(code);
  });

  it.each(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'UNKNOWN_LIBRARY_CODE', undefined])(
    'should answer only codes of the list for an error coded %p by a library',
    (code) => {
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      const answer = formatGraphQLError({ message: 'x', extensions: code ? { code } : {} }, new GraphQLError('x', { extensions: code ? { code } : {} }));
      logged.mockRestore();

      expect(CLIENT_ERROR_CODES).toContain(answer.extensions?.['code']);
    },
  );
});
