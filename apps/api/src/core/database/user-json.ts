import type { UserModel } from '@api/core/graphql/user.model';

/** A user as raw SQL queries return it when built with `userJson()`. */
export type UserJson = { id: string; email: string; name: string; time_zone: string };

/** SQL building a UserJson from the `app_user` row aliased `alias`. */
export const userJson = (alias = 'u') =>
  `jsonb_build_object('id', ${alias}.id, 'email', ${alias}.email, 'name', ${alias}.name, 'time_zone', ${alias}.time_zone)`;

export const fromUserJson = (user: UserJson): UserModel => ({ id: user.id, email: user.email, name: user.name, timeZone: user.time_zone });
