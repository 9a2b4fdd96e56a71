import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';


import { AuditService } from '@api/core/audit/audit.service';
import type { Actor } from '@api/core/auth/request-auth';
import { fromUserJson } from '@api/core/database/user-json';
import { DomainError, notFound } from '@api/core/domain-error';
import { PanelRole } from '@api/core/session-status';
import { candidateRepository } from '@api/modules/candidate/candidate.repository';
import { identityRepository } from '@api/modules/identity/identity.repository';
import { kitRepository } from '@api/modules/kit/kit.repository';
import { SessionHistoryService } from '@api/modules/scheduling/session-history.service';

import { CandidateMailService } from './candidate-mail.service';
import type { CreateSchedulingRequestInput } from './dto/scheduling-request.input';
import type { SchedulingRequestModel } from './dto/scheduling-request.model';
import {
  requestStatus,
  SchedulingRequestStatus,
} from './scheduling-request-status';
import {
  type RequestRow,
  schedulingRequestRepository,
} from './scheduling-request.repository';

/** The longest horizon a link offers: the slot search covers at most 93 days, and a candidate needs no more. */
const MAX_WINDOW_DAYS = 60;

/**
 * The coordinator's side of candidate self-scheduling: create a link (emailed
 * to the candidate), see where each stands, resend it with a fresh link, revoke
 * it. Also mails the candidate when the team moves or cancels their booking.
 */
@Injectable()
export class SchedulingRequestService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly mail: CandidateMailService,
    private readonly sessionHistory: SessionHistoryService,
  ) {}

  onModuleInit(): void {
    this.sessionHistory.onSessionChange(async (manager, change) => {
      if (change.kind === 'SCHEDULED') {
        return;
      }
      const request = await schedulingRequestRepository.findForSession(
        manager,
        change.sessionId,
      );
      if (request && !request.revoked_at) {
        const previous =
          typeof change.details['previousStartsAt'] === 'string'
            ? new Date(change.details['previousStartsAt'])
            : null;
        await this.mail.sendNotice(manager, request, change.kind, previous);
      }
    });
  }

  async list(
    actor: Actor,
    candidateId: string,
  ): Promise<SchedulingRequestModel[]> {
    if (!(await candidateRepository.existsInTeam(this.dataSource, actor.teamId, candidateId))) {
      throw new DomainError('NOT_FOUND', 'Candidate not found', {
        field: 'candidateId',
      });
    }
    const rows = await schedulingRequestRepository.listForCandidate(
      this.dataSource,
      actor.teamId,
      candidateId,
    );

    return this.toModels(this.dataSource.manager, rows, null);
  }

  async create(
    actor: Actor,
    input: CreateSchedulingRequestInput,
  ): Promise<SchedulingRequestModel> {
    const now = new Date();
    const candidate = await candidateRepository.contactOf(this.dataSource, actor.teamId, input.candidateId);
    if (!candidate || candidate.anonymised) {
      throw new DomainError('NOT_FOUND', 'Candidate not found', {
        field: 'candidateId',
      });
    }
    if (!candidate.email) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'Add the candidate’s email address first: the link is sent by email',
        { field: 'candidateId' },
      );
    }
    if (!(await kitRepository.existsInTeam(this.dataSource, actor.teamId, input.kitId))) {
      throw new DomainError('NOT_FOUND', 'Kit not found', { field: 'kitId' });
    }
    await this.assertPanel(actor, input);
    if (
      input.windowEnd.getTime() - input.windowStart.getTime() <
      input.durationMinutes * 60_000
    ) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'The date range must be longer than the interview',
        { field: 'windowEnd' },
      );
    }
    if (
      input.windowEnd.getTime() - input.windowStart.getTime() >
      MAX_WINDOW_DAYS * 86_400_000
    ) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `The date range can span at most ${MAX_WINDOW_DAYS} days`,
        { field: 'windowEnd' },
      );
    }
    if (input.windowEnd <= now) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'The date range is already over',
        { field: 'windowEnd' },
      );
    }
    const expiresAt = input.expiresAt ?? input.windowEnd;
    if (expiresAt <= now || expiresAt > input.windowEnd) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'The link must expire in the future and no later than the end of the date range',
        {
          field: 'expiresAt',
        },
      );
    }
    const [team, coordinatorZone] = await Promise.all([
      identityRepository.team(this.dataSource, actor.teamId),
      identityRepository.timeZoneOf(this.dataSource, actor.userId),
    ]);
    const candidateTimeZone = input.candidateTimeZone ?? coordinatorZone;
    const teamNotice = team.minimumBookingNoticeMinutes;
    if (
      input.minimumNoticeMinutes !== null &&
      input.minimumNoticeMinutes !== undefined &&
      input.minimumNoticeMinutes < teamNotice
    ) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `The team asks for at least ${teamNotice} minutes of notice`,
        { field: 'minimumNoticeMinutes' },
      );
    }

    return this.dataSource.transaction(async (manager) => {
      const id = await schedulingRequestRepository.insert(manager, {
        teamId: actor.teamId,
        candidateId: input.candidateId,
        kitId: input.kitId,
        durationMinutes: input.durationMinutes,
        panel: input.panel.map((panelist) => ({
          userId: panelist.userId,
          role: panelist.role,
        })),
        poolIds: [...new Set(input.poolIds)],
        poolCount: input.poolCount,
        windowStart: input.windowStart,
        windowEnd: input.windowEnd,
        minimumNoticeMinutes: input.minimumNoticeMinutes ?? teamNotice,
        location: input.location.trim(),
        candidateTimeZone,
        expiresAt,
        createdById: actor.userId,
      });
      const request = await this.mustFind(manager, actor, id);
      const link = await this.mail.sendRequest(manager, request);
      await this.record(manager, actor, id, 'scheduling_request.created', {
        candidateId: input.candidateId,
        kitId: input.kitId,
      });

      return (await this.toModels(manager, [request], link))[0];
    });
  }

  /** Emails the candidate a fresh link to the same request; earlier links keep working. */
  async resend(actor: Actor, id: string): Promise<SchedulingRequestModel> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.mustFind(manager, actor, id);
      const status = statusOf(found, new Date());
      if (
        status === SchedulingRequestStatus.REVOKED ||
        status === SchedulingRequestStatus.EXPIRED
      ) {
        throw new DomainError(
          'CONFLICT',
          `This link is ${status.toLowerCase()}; create a new one instead`,
          { field: 'requestId' },
        );
      }
      if (!found.candidate_email) {
        throw new DomainError(
          'BAD_USER_INPUT',
          'The candidate has no email address',
          { field: 'requestId' },
        );
      }
      await schedulingRequestRepository.markSent(manager, id);
      const request = await this.mustFind(manager, actor, id);
      const link = await this.mail.sendRequest(manager, request);
      await this.record(manager, actor, id, 'scheduling_request.resent', {});

      return (await this.toModels(manager, [request], link))[0];
    });
  }

  /** Every link of the request stops working; a session already booked stays booked. */
  async revoke(actor: Actor, id: string): Promise<SchedulingRequestModel> {
    return this.dataSource.transaction(async (manager) => {
      await this.mustFind(manager, actor, id);
      if (await schedulingRequestRepository.revoke(manager, actor.teamId, id)) {
        await this.record(manager, actor, id, 'scheduling_request.revoked', {});
      }

      return (
        await this.toModels(
          manager,
          [await this.mustFind(manager, actor, id)],
          null,
        )
      )[0];
    });
  }

  private async assertPanel(
    actor: Actor,
    input: CreateSchedulingRequestInput,
  ): Promise<void> {
    const fixed = input.panel.map((panelist) => panelist.userId);
    const everyone = [...fixed, ...input.poolIds];
    if (new Set(everyone).size !== everyone.length) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'Name each interviewer once, on the panel or in the pool',
        { field: 'panel' },
      );
    }
    if (
      input.panel.filter((panelist) => panelist.role === PanelRole.LEAD)
        .length > 1
    ) {
      throw new DomainError('BAD_USER_INPUT', 'A panel has one lead', {
        field: 'panel',
      });
    }
    if (input.poolCount > input.poolIds.length) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `The pool has ${input.poolIds.length} people; it cannot provide ${input.poolCount}`,
        {
          field: 'poolCount',
        },
      );
    }
    if (input.poolIds.length && input.poolCount === 0) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'Say how many of the pool join each session',
        { field: 'poolCount' },
      );
    }
    if (!fixed.length && input.poolCount === 0) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'Name the panel, or a pool and how many of it join',
        { field: 'panel' },
      );
    }
    const known = everyone.length ? await identityRepository.activeMemberIds(this.dataSource, actor.teamId, everyone) : new Set<string>();
    const missingFixed = fixed.findIndex((id) => !known.has(id));
    if (missingFixed >= 0) {
      throw new DomainError('NOT_FOUND', 'Interviewer not found in this team', {
        field: `panel.${missingFixed}.userId`,
      });
    }
    const missingPool = input.poolIds.findIndex((id) => !known.has(id));
    if (missingPool >= 0) {
      throw new DomainError('NOT_FOUND', 'Interviewer not found in this team', {
        field: `poolIds.${missingPool}`,
      });
    }
  }

  private async mustFind(
    manager: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<RequestRow> {
    const request = await schedulingRequestRepository.findForTeam(
      manager,
      actor.teamId,
      id,
    );
    if (!request) {
      throw notFound('Scheduling request');
    }

    return request;
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    id: string,
    action: string,
    details: Record<string, string>,
  ): Promise<void> {
    return this.audit.record(manager, {
      teamId: actor.teamId,
      actorId: actor.userId,
      action,
      recordType: 'scheduling_request',
      recordId: id,
      details,
    });
  }

  private async toModels(
    manager: EntityManager,
    rows: RequestRow[],
    link: string | null,
  ): Promise<SchedulingRequestModel[]> {
    const users = await schedulingRequestRepository.users(manager, [
      ...new Set(
        rows.flatMap((row) => [
          ...row.panel.map((panelist) => panelist.userId),
          ...row.pool_ids,
        ]),
      ),
    ]);
    const now = new Date();

    return rows.map((row) => ({
      id: row.id,
      candidateId: row.candidate_id,
      kitId: row.kit_id,
      kitName: row.kit_name,
      durationMinutes: row.duration_minutes,
      panel: row.panel.flatMap((panelist) => {
        const user = users.get(panelist.userId);

        return user ? [{ user: fromUserJson(user), role: panelist.role }] : [];
      }),
      pool: row.pool_ids.flatMap((id) => {
        const user = users.get(id);

        return user ? [fromUserJson(user)] : [];
      }),
      poolCount: row.pool_count,
      windowStart: row.window_start,
      windowEnd: row.window_end,
      minimumNoticeMinutes: row.minimum_notice_minutes,
      location: row.location,
      candidateTimeZone: row.candidate_time_zone,
      expiresAt: row.expires_at,
      status: statusOf(row, now),
      sendCount: row.send_count,
      sentAt: row.sent_at,
      openedAt: row.opened_at,
      bookedAt: row.booked_at,
      revokedAt: row.revoked_at,
      sessionId: row.session_id,
      sessionStartsAt: row.session_starts_at,
      createdByName: row.created_by_name,
      createdAt: row.created_at,
      link,
    }));
  }
}

function statusOf(row: RequestRow, now: Date): SchedulingRequestStatus {
  return requestStatus(
    {
      revokedAt: row.revoked_at ?? row.candidate_anonymised_at,
      expiresAt: row.expires_at,
      openedAt: row.opened_at,
      sessionStatus: row.session_status,
    },
    now,
  );
}
