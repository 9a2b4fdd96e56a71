import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MinLength } from 'class-validator';

import { MaxChars } from '@api/graphql/max-chars';

@InputType()
export class AcceptInviteInput {
  @Field(() => String)
  @IsString()
  @MinLength(20, { message: 'token is not a valid invite token' })
  @MaxChars(200, { message: 'token is not a valid invite token' })
  token!: string;

  @Field(() => String, { nullable: true, description: 'Required when creating an account.' })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxChars(120)
  name?: string;

  // A new account's password must satisfy the password policy (checked when
  // the account is created, naming the rule in extensions.reason); an existing
  // account's is only verified, so the limits here stay as loose as sign-in's.
  @Field(() => String, {
    description:
      "A new account's password (12 to 128 characters, not the email, not a common password), or the existing account's.",
  })
  @IsString()
  @MinLength(1, { message: 'password is required' })
  @MaxChars(200)
  password!: string;

  @Field(() => String, { nullable: true, description: 'IANA time zone of a new account.' })
  @IsOptional()
  @IsString()
  @MaxChars(64)
  timeZone?: string;
}
