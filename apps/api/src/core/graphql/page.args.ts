import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

import { MaxChars } from './max-chars';

export const MAX_PAGE_SIZE = 100;

/**
 * The `first`/`after` arguments of a Relay connection, for a list's args class to extend:
 * `class GuidesArgs extends PageArgs({ defaultPageSize: 50 }) { … }`.
 */
export function PageArgs({ defaultPageSize, maxCursorChars = 500 }: { defaultPageSize: number; maxCursorChars?: number }) {
  @ArgsType()
  abstract class ConnectionPageArgs {
    @Field(() => Int, { defaultValue: defaultPageSize, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
    @IsInt()
    @Min(1)
    @Max(MAX_PAGE_SIZE)
    first!: number;

    @Field(() => String, {
      nullable: true,
      description: `endCursor of the previous page (at most ${maxCursorChars} characters); null for the first page. A cursor from another list is BAD_USER_INPUT.`,
    })
    @IsOptional()
    @IsString()
    @MaxChars(maxCursorChars)
    after?: string | null;
  }

  return ConnectionPageArgs;
}
