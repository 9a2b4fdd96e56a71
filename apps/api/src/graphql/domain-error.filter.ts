import { type ArgumentsHost, Catch, type ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';

import { assertNever } from '@panelwise/shared-util';

import { DomainError, type DomainErrorCode } from './domain-error';

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
    default:
      return assertNever(code);
  }
}

/** Plain HTTP routes answer domain errors with a status; GraphQL formats its own. */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') {
      return error;
    }
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(httpStatusOf(error.code))
      .json({ code: error.code, message: error.message });

    return undefined;
  }
}
