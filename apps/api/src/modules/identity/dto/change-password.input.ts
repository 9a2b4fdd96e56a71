import { Field, InputType } from '@nestjs/graphql';
import { IsString, MinLength } from 'class-validator';

import { PASSWORD_POLICY } from '@panelwise/shared-util';

import { MaxChars } from '@api/graphql/max-chars';

@InputType()
export class ChangePasswordInput {
  // As loose as sign-in's: the current password may predate the policy.
  @Field(() => String)
  @IsString()
  @MinLength(1, { message: 'currentPassword is required' })
  @MaxChars(200)
  currentPassword!: string;

  // The policy's rules (length included) are checked by the service, so the
  // error names the rule broken (extensions.reason). This bound only stops
  // huge values early: the policy counts characters, MaxChars UTF-16 units,
  // and a character takes at most two.
  @Field(() => String, {
    description: 'Must satisfy the password policy: 12 to 128 characters, not the email, not a common password.',
  })
  @IsString()
  @MaxChars(PASSWORD_POLICY.maxLength * 2)
  newPassword!: string;
}
