import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, MaxLength, MinLength } from 'class-validator';

export const PASSWORD_MIN_LENGTH = 10;

@InputType()
export class AcceptInviteInput {
  @Field(() => String)
  @IsString()
  @Length(20, 200, { message: 'token is not a valid invite token' })
  token!: string;

  @Field(() => String, { nullable: true, description: 'Required when creating an account.' })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(120)
  name?: string;

  @Field(() => String)
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `password must be at least ${PASSWORD_MIN_LENGTH} characters`,
  })
  @MaxLength(200)
  password!: string;

  @Field(() => String, { nullable: true, description: 'IANA time zone of a new account.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;
}
