import { Field, InputType } from '@nestjs/graphql';
import { IsString, MinLength } from 'class-validator';

import { PASSWORD_POLICY } from '@panelwise/shared-util';

import { ExactText } from '@api/core/graphql/input-validation.pipe';
import { MaxChars } from '@api/core/graphql/max-chars';

@InputType({ description: 'The signed-in user\u2019s current password and the new one.' })
export class ChangePasswordInput {
  // As loose as sign-in's: the current password may predate the policy.
  @Field(() => String, {
    description: 'The current password, 1 to 200 characters, exactly as set. A wrong one is BAD_USER_INPUT (reason WRONG_PASSWORD) and counts towards the sign-in throttle.',
  })
  @IsString()
  @ExactText()
  @MinLength(1, { message: 'Enter your current password.' })
  @MaxChars(200)
  currentPassword!: string;

  // The policy's rules (length included) are checked by the service, so the
  // error names the rule broken (extensions.reason). This bound only stops
  // huge values early: the policy counts characters, MaxChars UTF-16 units,
  // and a character takes at most two.
  @Field(() => String, {
    description:
      'Must satisfy the password policy: 12 to 128 characters, not the email, not a common password, not the current one (else BAD_USER_INPUT with reason TOO_SHORT, TOO_LONG, SAME_AS_EMAIL, TOO_COMMON or SAME_AS_CURRENT). Taken exactly as sent.',
  })
  @IsString()
  @ExactText()
  @MaxChars(PASSWORD_POLICY.maxLength * 2)
  newPassword!: string;
}
