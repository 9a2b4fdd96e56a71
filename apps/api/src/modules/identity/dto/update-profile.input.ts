import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString } from 'class-validator';

import { ExactText } from '@api/core/graphql/input-validation.pipe';
import { IsTimeZone } from '@api/core/graphql/is-time-zone';
import { MaxChars } from '@api/core/graphql/max-chars';

@InputType({ description: 'The signed-in user\u2019s own name, email and time zone; only the fields given change.' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: 'The name teammates see, 1 to 200 characters after trimming.' })
  @IsOptional()
  @IsString()
  @MaxChars(200)
  name?: string;

  @Field(() => String, {
    nullable: true,
    description: 'A new sign-in email, at most 254 characters (lower-cased); needs currentPassword. One used by another account is CONFLICT.',
  })
  @IsOptional()
  @IsEmail({}, { message: 'Enter an email address, like name@example.com.' })
  @MaxChars(254)
  email?: string;

  @Field(() => String, { nullable: true, description: 'The IANA time zone every time is shown in, e.g. America/New_York.' })
  @IsOptional()
  @IsString()
  @MaxChars(64)
  @IsTimeZone()
  timeZone?: string;

  @Field(() => String, {
    nullable: true,
    description: 'The current password, exactly as set: required to change the email (a wrong one is BAD_USER_INPUT, reason WRONG_PASSWORD, and counts towards the sign-in throttle).',
  })
  @IsOptional()
  @IsString()
  @ExactText()
  @MaxChars(200)
  currentPassword?: string;
}
