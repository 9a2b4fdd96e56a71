import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';


import { AuditService } from '@api/core/audit/audit.service';
import type { RequestAuth } from '@api/core/auth/request-auth';
import { isUniqueViolation } from '@api/core/database/postgres-errors';
import { DomainError } from '@api/core/domain-error';

import { AuthService } from './auth.service';
import type { UpdateProfileInput } from './dto/update-profile.input';
import { UserEntity } from './user.entity';

/** A person's own name, sign-in email and time zone. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  async updateProfile(requester: RequestAuth, input: UpdateProfileInput, address?: string): Promise<void> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: requester.userId });
    const changes: Partial<Pick<UserEntity, 'name' | 'email' | 'timeZone'>> = {};
    if (input.name !== undefined && input.name !== null) {
      const name = input.name.trim();
      if (!name) {
        throw new DomainError('BAD_USER_INPUT', 'Enter your name', { field: 'name' });
      }
      changes.name = name;
    }
    if (input.timeZone !== undefined && input.timeZone !== null) {
      changes.timeZone = input.timeZone;
    }
    const email = input.email?.trim().toLowerCase();
    if (email && email !== user.email.toLowerCase()) {
      if (!input.currentPassword) {
        throw new DomainError('BAD_USER_INPUT', 'Enter your current password to change your email', { field: 'currentPassword' });
      }
      await this.auth.assertCurrentPassword(user, input.currentPassword, address);
      changes.email = email;
    }
    if (!Object.keys(changes).length) {
      return;
    }
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.update(UserEntity, { id: user.id }, changes);
        await this.audit.record(manager, {
          teamId: requester.teamId,
          actorId: user.id,
          action: 'user.profile_changed',
          recordType: 'user',
          recordId: user.id,
          details: {
            ...(changes.name ? { name: changes.name } : {}),
            ...(changes.timeZone ? { timeZone: changes.timeZone } : {}),
            ...(changes.email ? { emailChanged: true } : {}),
          },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('CONFLICT', 'Another account already uses this email', { field: 'email' });
      }
      throw error;
    }
  }
}
