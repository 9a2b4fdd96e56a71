import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsString, MinLength } from 'class-validator';

import { PASSWORD_POLICY } from '@panelwise/shared-util';

import { ExactText } from '@api/core/graphql/input-validation.pipe';
import { IsTimeZone } from '@api/core/graphql/is-time-zone';
import { MaxChars } from '@api/core/graphql/max-chars';

@ObjectType('SetupStatus', { description: 'Whether this instance still waits for its first account.' })
export class SetupStatusModel {
  @Field(() => Boolean, { description: 'True while the instance has no user: the web app then opens on the setup page.' })
  needsSetup!: boolean;
}

@InputType({ description: 'The first team and its coordinator, on an instance with no account yet.' })
export class CompleteSetupInput {
  @Field(() => String, {
    description: 'The setup token printed in the server log at start (or SETUP_TOKEN), 1 to 200 characters; a wrong one is FORBIDDEN.',
  })
  @IsString()
  @MinLength(1, { message: 'Enter the setup token printed in the server log.' })
  @MaxChars(200)
  setupToken!: string;

  @Field(() => String, { description: 'The first team\u2019s name, 1 to 120 characters (trimmed).' })
  @IsString()
  @MinLength(1, { message: 'Name your team.' })
  @MaxChars(120)
  teamName!: string;

  @Field(() => String, { description: 'The coordinator\u2019s name, as teammates will see it, 1 to 120 characters (trimmed).' })
  @IsString()
  @MinLength(1, { message: 'Enter your name.' })
  @MaxChars(120)
  name!: string;

  @Field(() => String, { description: 'The coordinator\u2019s sign-in email, at most 254 characters.' })
  @IsString()
  @IsEmail({}, { message: 'Enter an email address, like name@example.com.' })
  @MaxChars(254)
  email!: string;

  @Field(() => String, {
    description:
      'The coordinator\u2019s password: 12 to 128 characters, not the email, not a common password (else BAD_USER_INPUT naming the rule in reason). Taken exactly as sent.',
  })
  @IsString()
  @ExactText()
  @MaxChars(PASSWORD_POLICY.maxLength * 2)
  password!: string;

  @Field(() => String, { description: 'The coordinator\u2019s IANA time zone, e.g. Europe/Paris, at most 64 characters; an unknown zone is BAD_USER_INPUT.' })
  @IsString()
  @MinLength(1, { message: 'Choose your time zone.' })
  @MaxChars(64)
  @IsTimeZone()
  timeZone!: string;
}

@InputType({ description: 'Another team, with the caller as its coordinator.' })
export class CreateTeamInput {
  @Field(() => String, { description: 'The team\u2019s name, 1 to 120 characters (trimmed).' })
  @IsString()
  @MinLength(1, { message: 'Name the team.' })
  @MaxChars(120)
  name!: string;
}
