import type { UserModel } from '@api/core/graphql/user.model';
import type { UserEntity } from './user.entity';

export function toUserModel(user: UserEntity): UserModel {
  return { id: user.id, email: user.email, name: user.name, timeZone: user.timeZone };
}
