import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { type Availability, validateAvailability } from '@panelwise/domain-scheduling';

import type { Actor } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';
import { updateReturning } from '@api/core/database/update-returning';
import { versionConflict } from '@api/core/database/version-conflict';
import { DomainError, notFound } from '@api/core/domain-error';
import { identityRepository } from '@api/modules/identity/identity.repository';

import { AvailabilityEntity, type StoredTimeOff } from './availability.entity';
import { toAvailabilityModel, toDomainAvailability } from './availability.mapper';
import type { AvailabilityModel, SetAvailabilityInput } from './dto/availability.model';

@Injectable()
export class AvailabilityService {
  constructor(private readonly dataSource: DataSource) {}

  /** Your own, or (for coordinators) that of an active member of your team. */
  async availability(actor: Actor, userId: string): Promise<AvailabilityModel> {
    if (userId !== actor.userId) {
      await this.assertTeammate(actor, userId);
    }
    const stored = await this.dataSource.getRepository(AvailabilityEntity).findOneBy({ userId });
    if (stored) {
      return toAvailabilityModel(stored);
    }
    const timeZone = await identityRepository.timeZoneOf(this.dataSource, userId);

    return {
      userId,
      timeZone,
      weeklyWindows: [],
      overrides: [],
      timeOff: [],
      dailyCap: null,
      weeklyCap: null,
      bufferMinutes: 0,
      version: 0,
    };
  }

  async setAvailability(actor: Actor, input: SetAvailabilityInput): Promise<AvailabilityModel> {
    const timeOff: StoredTimeOff[] = input.timeOff.map((off, index) => {
      if (off.kind === 'dates') {
        return { kind: 'dates', startDate: off.startDate ?? '', endDate: off.endDate ?? '', ...(off.note ? { note: off.note } : {}) };
      }
      if (!off.start || !off.end) {
        throw new DomainError('BAD_USER_INPUT', 'time off of kind "interval" needs start and end', { field: `timeOff.${index}` });
      }

      return { kind: 'interval', start: off.start.toISOString(), end: off.end.toISOString(), ...(off.note ? { note: off.note } : {}) };
    });
    const candidate: Omit<AvailabilityEntity, 'userId' | 'version' | 'updatedAt' | 'user'> = {
      timeZone: input.timeZone,
      weeklyWindows: input.weeklyWindows.map(({ weekday, start, end }) => ({ weekday: weekday as Availability['weeklyWindows'][number]['weekday'], start, end })),
      overrides: input.overrides.map(({ date, windows }) => ({ date, windows: windows.map(({ start, end }) => ({ start, end })) })),
      timeOff,
      dailyCap: input.dailyCap ?? null,
      weeklyCap: input.weeklyCap ?? null,
      bufferMinutes: input.bufferMinutes,
    };
    const problems = validateAvailability(toDomainAvailability(candidate));
    const [problem] = problems;
    if (problem) {
      throw new DomainError('BAD_USER_INPUT', problem.message, { field: problem.field, problems: problems.map((p) => ({ ...p })) });
    }
    const saved: unknown[] =
      input.expectedVersion === 0
        ? await this.dataSource.query<unknown[]>(
            `INSERT INTO availability (user_id, time_zone, weekly_windows, overrides, time_off, daily_cap, weekly_cap, buffer_minutes, version)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1)
             ON CONFLICT (user_id) DO NOTHING RETURNING user_id`,
            [actor.userId, candidate.timeZone, JSON.stringify(candidate.weeklyWindows), JSON.stringify(candidate.overrides),
              JSON.stringify(candidate.timeOff), candidate.dailyCap, candidate.weeklyCap, candidate.bufferMinutes],
          )
        : await updateReturning(
            this.dataSource,
            `UPDATE availability SET time_zone = $2, weekly_windows = $3, overrides = $4, time_off = $5, daily_cap = $6,
                    weekly_cap = $7, buffer_minutes = $8, version = version + 1, updated_at = now()
              WHERE user_id = $1 AND version = $9 RETURNING user_id`,
            [actor.userId, candidate.timeZone, JSON.stringify(candidate.weeklyWindows), JSON.stringify(candidate.overrides),
              JSON.stringify(candidate.timeOff), candidate.dailyCap, candidate.weeklyCap, candidate.bufferMinutes, input.expectedVersion],
          );
    if (!saved.length) {
      throw await versionConflict(
        this.dataSource,
        { table: 'availability', where: 'user_id = $1', parameters: [actor.userId] },
        'Your availability was changed elsewhere; reload it',
      );
    }

    // The availability's zone is the person's zone: schedules show their local times in it.
    await identityRepository.setTimeZone(this.dataSource, actor.userId, candidate.timeZone);

    return this.availability(actor, actor.userId);
  }

  /** Coordinators read the availability of active members of their current team. */
  private async assertTeammate(actor: Actor, userId: string): Promise<void> {
    if (actor.role !== TeamRole.COORDINATOR) {
      throw new DomainError('FORBIDDEN', 'Only coordinators can read other members\u2019 availability');
    }
    const members = await identityRepository.activeMemberIds(this.dataSource, actor.teamId, [userId]);
    if (!members.has(userId)) {
      throw notFound('Member');
    }
  }
}
