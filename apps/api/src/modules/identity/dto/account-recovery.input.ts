import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsString, MinLength } from 'class-validator';

import { PASSWORD_POLICY } from '@panelwise/shared-util';

import { ExactText } from '@api/core/graphql/input-validation.pipe';
import { MaxChars } from '@api/core/graphql/max-chars';

import { PasswordResetPurpose } from '@api/modules/identity/password-reset.entity';

@InputType({ description: 'Asks for a "Forgot password?" link by email.' })
export class RequestPasswordResetInput {
  @Field(() => String, {
    description: 'The account\u2019s email, at most 254 characters. The answer is the same whether or not it has an account.',
  })
  @IsString()
  @IsEmail({}, { message: 'Enter an email address, like name@example.com.' })
  @MaxChars(254)
  email!: string;
}

@InputType({ description: 'Sets a new password with the secret of a reset or sign-in link.' })
export class ResetPasswordInput {
  @Field(() => String, {
    description: 'The secret from the emailed (or CLI-printed) link, 20 to 200 characters. Unknown: NOT_FOUND; used or expired: BAD_USER_INPUT (reason USED or EXPIRED).',
  })
  @IsString()
  @MinLength(20, { message: 'This reset link is not complete: open it from the email again, or ask for a new one.' })
  @MaxChars(200, { message: 'This reset link is not complete: open it from the email again, or ask for a new one.' })
  token!: string;

  @Field(() => String, {
    description:
      'Must satisfy the password policy: 12 to 128 characters, not the email, not a common password (else BAD_USER_INPUT with reason TOO_SHORT, TOO_LONG, SAME_AS_EMAIL or TOO_COMMON). Taken exactly as sent, never trimmed.',
  })
  @IsString()
  @ExactText()
  @MaxChars(PASSWORD_POLICY.maxLength * 2)
  newPassword!: string;
}

@ObjectType('PasswordResetPreview', { description: 'What a reset or sign-in link is for, before it is used.' })
export class PasswordResetPreviewModel {
  @Field(() => String, { description: 'The email of the account whose password the link sets.' })
  email!: string;

  @Field(() => PasswordResetPurpose, { description: 'Whether it is a "Forgot password?" link or a CLI sign-in link.' })
  purpose!: PasswordResetPurpose;

  @Field(() => Date, { description: 'When the link stops working.' })
  expiresAt!: Date;
}

@InputType({ description: 'The signed-in user\u2019s switches for optional emails.' })
export class UpdateEmailPreferencesInput {
  @Field(() => Boolean, { description: 'Emails when a session of yours is scheduled, moved or cancelled (with the calendar invitation).' })
  @IsBoolean()
  sessionUpdates!: boolean;

  @Field(() => Boolean, { description: 'Emails that all scorecards are in, and escalations to coordinators. Reminders of scorecards you owe always go.' })
  @IsBoolean()
  scorecardUpdates!: boolean;
}

@ObjectType('EmailPreferences', { description: 'Which optional emails the user receives; all are on for a new account.' })
export class EmailPreferencesModel {
  @Field(() => Boolean, { description: 'Emails when a session of theirs is scheduled, moved or cancelled (with the calendar invitation).' })
  sessionUpdates!: boolean;

  @Field(() => Boolean, { description: 'Emails that all scorecards are in, and escalations to coordinators. Reminders of scorecards owed always go.' })
  scorecardUpdates!: boolean;
}
