import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { JsonObject } from '@panelwise/shared-util';

import { AuditEventEntity } from './audit-event.entity';

export type AuditRecord = {
  teamId: string | null;
  actorId: string | null;
  action: string;
  recordType: string;
  recordId: string | null;
  details?: JsonObject;
};

@Injectable()
export class AuditService {
  /** Written through the caller's transaction, so the trail and the change land together. */
  async record(manager: EntityManager, event: AuditRecord): Promise<void> {
    await manager.save(AuditEventEntity, { ...event, details: event.details ?? {} });
  }
}
