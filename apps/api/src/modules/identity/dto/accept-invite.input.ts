import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MinLength } from 'class-validator';

import { ExactText } from '@api/core/graphql/input-validation.pipe';
import { IsTimeZone } from '@api/core/graphql/is-time-zone';
import { MaxChars } from '@api/core/graphql/max-chars';

@InputType({ description: 'Accepts an invite, creating an account for a new email or joining with an existing one.' })
export class AcceptInviteInput {
  @Field(() => String, { description: 'The secret from the invite link (the last path segment of /invite/<token>), 20 to 200 characters.' })
  @IsString()
  @MinLength(20, { message: 'This invitation link is not complete: open it from the email again, or ask for a new invitation.' })
  @MaxChars(200, { message: 'This invitation link is not complete: open it from the email again, or ask for a new invitation.' })
  token!: string;

  @Field(() => String, { nullable: true, description: 'The new account\u2019s name, 1 to 120 characters; required when creating an account, ignored otherwise.' })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'Enter your name.' })
  @MaxChars(120)
  name?: string;

  // A new account's password must satisfy the password policy (checked when
  // the account is created, naming the rule in extensions.reason); an existing
  // account's is only verified, so the limits here stay as loose as sign-in's.
  @Field(() => String, {
    description:
      "A new account's password (12 to 128 characters, not the email, not a common password), or the existing account's (a wrong one is UNAUTHENTICATED). Taken exactly as sent.",
  })
  @IsString()
  @ExactText()
  @MinLength(1, { message: 'Choose a password.' })
  @MaxChars(200)
  password!: string;

  @Field(() => String, { nullable: true, description: 'IANA time zone of a new account, e.g. Europe/Paris, at most 64 characters; an unknown zone is BAD_USER_INPUT.' })
  @IsOptional()
  @IsString()
  @MaxChars(64)
  @IsTimeZone()
  timeZone?: string;
}
