import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { findSlots, MAX_SEARCH_RANGE_DAYS, type Slot, SlotSearchInputError } from '@panelwise/domain-scheduling';

import type { Actor } from '@api/auth/request-auth';
import { DomainError } from '@api/graphql/domain-error';
import { fromUserJson, type UserJson, userJson } from '@api/modules/identity/user-json';

import { type StoredAvailability, toDomainAvailability } from './availability.mapper';
import type { SlotModel } from './dto/session.model';
import type { FindSlotsInput } from './dto/session.input';

const WEEK_MS = 7 * 86_400_000;

export type PanelMemberRow = {
  user: UserJson;
  availability: StoredAvailability | null;
  /** [start, end] of each booking, as JSON timestamps. */
  busy: [string, string][];
};

export type SlotQuery = Pick<FindSlotsInput, 'interviewerIds' | 'poolIds' | 'poolCount' | 'durationMinutes' | 'from' | 'to' | 'maxResults'>;

/** The slot search over the panel's rows; pure, so the benchmark's raw baseline runs the same search. */
export function searchPanelSlots(rows: PanelMemberRow[], input: SlotQuery, now: Date): Slot[] {
  const members = new Map(rows.map((row) => [row.user.id, row]));
  const panel = [...new Set([...input.interviewerIds, ...input.poolIds])].flatMap((id) => members.get(id) ?? []);

  return findSlots({
    panel: {
      ...(input.interviewerIds.length ? { requiredIds: input.interviewerIds } : {}),
      ...(input.poolIds.length ? { pool: { ids: input.poolIds, count: input.poolCount } } : {}),
    },
    interviewers: panel.map(({ user, availability, busy }) => ({
      interviewerId: user.id,
      availability: availability ? toDomainAvailability(availability) : { timeZone: user.time_zone, weeklyWindows: [] },
      sessions: busy.map(([start, end]) => ({ start: new Date(start), end: new Date(end) })),
    })),
    durationMinutes: input.durationMinutes,
    range: { start: input.from, end: input.to },
    now,
    maxResults: input.maxResults,
  });
}

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
    // One statement: each member with their availability and the bookings that count
    // (sessions from a week before count toward the first week's caps).
    const rows: PanelMemberRow[] = await this.dataSource.query(
      `SELECT ${userJson()} AS "user",
              CASE WHEN a.user_id IS NULL THEN NULL ELSE jsonb_build_object(
                'timeZone', a.time_zone, 'weeklyWindows', a.weekly_windows, 'overrides', a.overrides, 'timeOff', a.time_off,
                'dailyCap', a.daily_cap, 'weeklyCap', a.weekly_cap, 'bufferMinutes', a.buffer_minutes) END AS availability,
              coalesce((SELECT jsonb_agg(jsonb_build_array(lower(p.period), upper(p.period)))
                          FROM session_panelist p
                         WHERE p.user_id = u.id AND p.is_active AND p.period && tstzrange($3, $4, '[)')), '[]') AS busy
         FROM membership m
         JOIN app_user u ON u.id = m.user_id
         LEFT JOIN availability a ON a.user_id = u.id
        WHERE m.team_id = $1 AND m.active AND m.user_id = ANY($2::uuid[])`,
      [actor.teamId, ids, new Date(input.from.getTime() - WEEK_MS), new Date(input.to.getTime() + WEEK_MS)],
    );
    const members = new Map(rows.map((row) => [row.user.id, row]));
    if (ids.some((id) => !members.has(id))) {
      throw new DomainError('NOT_FOUND', 'Interviewer not found in this team', { field: 'interviewerIds' });
    }
    try {
      const slots = searchPanelSlots(rows, input, new Date());

      return slots.map((slot) => ({
        start: slot.start,
        end: slot.end,
        score: slot.score,
        interviewers: slot.interviewerIds.map((id) => fromUserJson((members.get(id) as PanelMemberRow).user)),
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
