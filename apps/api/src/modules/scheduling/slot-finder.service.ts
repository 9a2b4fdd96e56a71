import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { findSlots, MAX_SEARCH_RANGE_DAYS, type Slot, SlotSearchInputError } from '@panelwise/domain-scheduling';

import type { Actor } from '@api/core/auth/request-auth';
import { fromUserJson } from '@api/core/database/user-json';
import { DomainError } from '@api/core/domain-error';
import { identityRepository } from '@api/modules/identity/identity.repository';

import { loadPanelRows, type PanelMemberRow, toSchedule } from './booking-rule';
import type { SlotModel } from './dto/session.model';
import type { FindSlotsInput } from './dto/session.input';

const WEEK_MS = 7 * 86_400_000;

export type { PanelMemberRow } from './booking-rule';

export type SlotQuery = Pick<FindSlotsInput, 'interviewerIds' | 'poolIds' | 'poolCount' | 'durationMinutes' | 'from' | 'to' | 'maxResults'>;

/**
 * The slot search over the panel's rows; pure, so the benchmark's raw baseline runs the same search.
 * It applies the rules of checkBookable (the one the bookings enforce), minimum notice included.
 */
export function searchPanelSlots(rows: PanelMemberRow[], input: SlotQuery, now: Date, minimumNoticeMinutes = 0): Slot[] {
  const members = new Map(rows.map((row) => [row.user.id, row]));
  const panel = [...new Set([...input.interviewerIds, ...input.poolIds])].flatMap((id) => members.get(id) ?? []);

  return findSlots({
    panel: {
      ...(input.interviewerIds.length ? { requiredIds: input.interviewerIds } : {}),
      ...(input.poolIds.length ? { pool: { ids: input.poolIds, count: input.poolCount } } : {}),
    },
    interviewers: panel.map(toSchedule),
    durationMinutes: input.durationMinutes,
    range: { start: input.from, end: input.to },
    now,
    minimumNoticeMinutes,
    maxResults: input.maxResults,
  });
}

@Injectable()
export class SlotFinderService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Start times at which the whole panel is free, within each member's
   * availability, caps and buffers, and the team's minimum notice ahead, fairest first. Busy time counts every
   * active session of the person, whichever team booked it.
   */
  async findSlots(actor: Actor, input: FindSlotsInput): Promise<SlotModel[]> {
    const ids = [...new Set([...input.interviewerIds, ...input.poolIds])];
    if (!ids.length) {
      throw new DomainError('BAD_USER_INPUT', 'Name at least one interviewer or a pool', { field: 'interviewerIds' });
    }
    // Sessions from a week before count toward the first week's caps.
    const [rows, team] = await Promise.all([
      loadPanelRows(this.dataSource, actor.teamId, ids, new Date(input.from.getTime() - WEEK_MS), new Date(input.to.getTime() + WEEK_MS)),
      identityRepository.team(this.dataSource, actor.teamId),
    ]);
    const members = new Map(rows.map((row) => [row.user.id, row]));
    const unknownId = ids.find((id) => !members.has(id));
    if (unknownId) {
      throw new DomainError('NOT_FOUND', 'Interviewer not found in this team', {
        field: input.interviewerIds.includes(unknownId) ? 'interviewerIds' : 'poolIds',
      });
    }
    try {
      const slots = searchPanelSlots(rows, input, new Date(), team.minimumBookingNoticeMinutes);

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
