import { type ArgumentsHost, Catch, HttpStatus } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';

import { assertNever } from '@panelwise/shared-util';

import { isDatabaseUnavailable } from '@api/core/database/postgres-errors';

import { DATABASE_RETRY_AFTER_SECONDS } from './database-unavailable.plugin';
import { databaseUnavailable, DomainError, type DomainErrorCode } from '@api/core/domain-error';
import { GRAPHQL_PATH } from './graphql-options';

function httpStatusOf(code: DomainErrorCode): HttpStatus {
  switch (code) {
    case 'BAD_USER_INPUT':
      return HttpStatus.BAD_REQUEST;
    case 'UNAUTHENTICATED':
      return HttpStatus.UNAUTHORIZED;
    case 'FORBIDDEN':
      return HttpStatus.FORBIDDEN;
    case 'NOT_FOUND':
      return HttpStatus.NOT_FOUND;
    case 'CONFLICT':
      return HttpStatus.CONFLICT;
    case 'RATE_LIMITED':
      return HttpStatus.TOO_MANY_REQUESTS;
    case 'DATABASE_UNAVAILABLE':
      return HttpStatus.SERVICE_UNAVAILABLE;
    default:
      return assertNever(code);
  }
}

/**
 * Plain HTTP routes answer domain errors, and an unreachable database, with a
 * status; GraphQL formats its own (format-error). A request to the GraphQL
 * endpoint that fails before GraphQL runs (the session lookup in middleware)
 * still gets a GraphQL-shaped answer. Anything else gets Nest's default handling.
 */
@Catch()
export class DomainErrorFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    const error = isDatabaseUnavailable(exception) ? databaseUnavailable() : exception;
    if (host.getType<string>() === 'graphql') {
      return error;
    }
    if (!(error instanceof DomainError)) {
      super.catch(error, host);

      return undefined;
    }
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>().status(httpStatusOf(error.code));
    if (error.code === 'DATABASE_UNAVAILABLE') {
      res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    }
    // Middleware sees the path relative to where it is mounted: compare the full URL's path.
    if (req.originalUrl.split('?')[0] === GRAPHQL_PATH) {
      const type = req.accepts(['application/json', 'application/graphql-response+json']) || 'application/json';
      res.type(type).send(JSON.stringify({ errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] }));
    } else {
      res.json({ code: error.code, message: error.message });
    }

    return undefined;
  }
}
