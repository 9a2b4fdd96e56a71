import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MinLength } from 'class-validator';

import { MaxChars } from '@api/graphql/max-chars';

@InputType()
export class SignInInput {
  @Field(() => String)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxChars(254)
  email!: string;

  @Field(() => String)
  @IsString()
  @MinLength(1, { message: 'password is required' })
  @MaxChars(200)
  password!: string;
}
