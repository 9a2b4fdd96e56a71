import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('User', { description: 'A person with an account: a coordinator or interviewer of one or more teams.' })
export class UserModel {
  @Field(() => ID, { description: 'The user\u2019s id, the same in every team.' })
  id!: string;

  @Field(() => String, { description: 'Sign-in email; unique across the instance, compared case-insensitively.' })
  email!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { description: 'IANA time zone the user reads times in and sets availability in, e.g. Europe/Paris.' })
  timeZone!: string;
}
