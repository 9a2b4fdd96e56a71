import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MinLength } from 'class-validator';

import { ExactText } from '@api/core/graphql/input-validation.pipe';
import { MaxChars } from '@api/core/graphql/max-chars';

@InputType({ description: 'Email and password of an account.' })
export class SignInInput {
  @Field(() => String, { description: 'The account\u2019s email (case-insensitive), at most 254 characters.' })
  @IsEmail({}, { message: 'Enter an email address, like name@example.com.' })
  @MaxChars(254)
  email!: string;

  @Field(() => String, { description: 'The password, 1 to 200 characters, exactly as set (never trimmed).' })
  @IsString()
  @ExactText()
  @MinLength(1, { message: 'Enter your password.' })
  @MaxChars(200)
  password!: string;
}
