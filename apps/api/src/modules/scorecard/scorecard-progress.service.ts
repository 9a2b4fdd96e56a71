import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuditService } from '@api/core/audit/audit.service';
import type { Actor } from '@api/core/auth/request-auth';
import { SessionAccessService } from '@api/modules/scheduling/session-access.service';
import { sessionRepository } from '@api/modules/scheduling/session.repository';

import type { SetRevealDeadlineInput } from './dto/scorecard.input';

/** When the panel's scorecards open to each other (the reveal deadline). */
@Injectable()
export class ScorecardProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SessionAccessService,
    private readonly audit: AuditService,
  ) {}

  async setRevealDeadline(actor: Actor, input: SetRevealDeadlineInput): Promise<string> {
    const { session } = await this.access.forViewer(actor, input.sessionId);
    await this.dataSource.transaction(async (manager) => {
      await sessionRepository.setRevealAt(manager, session.id, input.revealAt ?? null);
      await this.audit.record(manager, {
        teamId: actor.teamId,
        actorId: actor.userId,
        action: 'session.reveal_deadline_set',
        recordType: 'session',
        recordId: session.id,
        details: { revealAt: input.revealAt?.toISOString() ?? null },
      });
    });

    return session.id;
  }
}
