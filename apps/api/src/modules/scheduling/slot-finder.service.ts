import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { findSlots, MAX_SEARCH_RANGE_DAYS, SlotSearchInputError } from '@panelwise/domain-scheduling';

import type { Actor } from '@api/auth/request-auth';
import { DomainError } from '@api/graphql/domain-error';
import { toUserModel } from '@api/modules/identity/identity.mapper';
import { UserEntity } from '@api/modules/identity/user.entity';
import { MembershipEntity } from '@api/modules/team/membership.entity';

import { AvailabilityEntity } from './availability.entity';
import { toDomainAvailability } from './availability.mapper';
import type { SlotModel } from './dto/session.model';
import type { FindSlotsInput } from './dto/session.input';

const WEEK_MS = 7 * 86_400_000;

@Injectable()
export class SlotFinderService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Start times at which the whole panel is free, within each member's
   * availability, caps and buffers, fairest first. Busy time counts every
   * active session of the person, whichever team booked it.
   */
  async findSlots(actor: Actor, input: FindSlotsInput): Promise<SlotModel[]> {
    const ids = [...new Set([...input.interviewerIds, ...input.poolIds])];
    if (!ids.length) {
      throw new DomainError('BAD_USER_INPUT', 'Name at least one interviewer or a pool', { field: 'interviewerIds' });
    }
    const members = await this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.user', 'u')
      .where('m.team_id = :teamId AND m.active AND m.user_id IN (:...ids)', { teamId: actor.teamId, ids })
      .getMany();
    const missing = ids.find((id) => !members.some((member) => member.userId === id));
    if (missing) {
      throw new DomainError('NOT_FOUND', 'Interviewer not found in this team', { field: 'interviewerIds' });
    }
    const availabilities = await this.dataSource.getRepository(AvailabilityEntity).findBy(ids.map((userId) => ({ userId })));
    // Sessions from a week before count toward weekly caps of the first week.
    const busy: { user_id: string; starts_at: Date; ends_at: Date }[] = await this.dataSource.query(
      // The panel row carries its session's period under the double-booking GiST index.
      `SELECT p.user_id, lower(p.period) AS starts_at, upper(p.period) AS ends_at
         FROM session_panelist p
        WHERE p.user_id = ANY($1::uuid[]) AND p.is_active AND p.period && tstzrange($2, $3, '[)')`,
      [ids, new Date(input.from.getTime() - WEEK_MS), new Date(input.to.getTime() + WEEK_MS)],
    );
    const usersById = new Map(members.map((member) => [member.userId, member.user as UserEntity]));
    try {
      const slots = findSlots({
        panel: {
          ...(input.interviewerIds.length ? { requiredIds: input.interviewerIds } : {}),
          ...(input.poolIds.length ? { pool: { ids: input.poolIds, count: input.poolCount } } : {}),
        },
        interviewers: ids.map((id) => {
          const stored = availabilities.find((availability) => availability.userId === id);

          return {
            interviewerId: id,
            availability: stored
              ? toDomainAvailability(stored)
              : { timeZone: usersById.get(id)?.timeZone ?? 'UTC', weeklyWindows: [] },
            sessions: busy.filter((row) => row.user_id === id).map((row) => ({ start: row.starts_at, end: row.ends_at })),
          };
        }),
        durationMinutes: input.durationMinutes,
        range: { start: input.from, end: input.to },
        now: new Date(),
        maxResults: input.maxResults,
      });

      return slots.map((slot) => ({
        start: slot.start,
        end: slot.end,
        score: slot.score,
        interviewers: slot.interviewerIds.map((id) => toUserModel(usersById.get(id) as UserEntity)),
      }));
    } catch (error) {
      if (error instanceof SlotSearchInputError) {
        const [problem] = error.problems;
        throw new DomainError('BAD_USER_INPUT', problem?.message ?? `Search at most ${MAX_SEARCH_RANGE_DAYS} days`, {
          field: problem?.field,
        });
      }
      throw error;
    }
  }
}
