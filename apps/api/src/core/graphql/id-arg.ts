import { type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { isUUID } from 'class-validator';

import { DomainError } from '@api/core/domain-error';

/**
 * Refuses an id argument that is not a UUID (a NUL byte included) as
 * BAD_USER_INPUT naming the argument, like any other bad input; Nest's
 * ParseUUIDPipe answered a BAD_REQUEST without a field.
 */
export class UuidArgPipe implements PipeTransform<unknown, string | undefined> {
  constructor(private readonly isOptional = false) {}

  transform(value: unknown, metadata: ArgumentMetadata): string | undefined {
    if (this.isOptional && (value === undefined || value === null)) {
      return undefined;
    }
    if (typeof value === 'string' && isUUID(value, 'all')) {
      return value;
    }
    const field = metadata.data ?? 'id';
    throw new DomainError('BAD_USER_INPUT', `${field} must be a UUID`, { field });
  }
}

/** A top-level `ID` argument holding a UUID: `@IdArg('id') id: string`. */
export const IdArg = (name: string, options: { nullable?: boolean; description?: string } = {}): ParameterDecorator =>
  Args(name, { type: () => ID, nullable: options.nullable ?? false, ...(options.description ? { description: options.description } : {}) }, new UuidArgPipe(options.nullable ?? false));
