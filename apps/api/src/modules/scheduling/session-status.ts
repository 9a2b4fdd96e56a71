import { registerEnumType } from '@nestjs/graphql';

export enum SessionStatus {
  SCHEDULED = 'SCHEDULED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  NO_SHOW = 'NO_SHOW',
}

export enum PanelRole {
  LEAD = 'LEAD',
  CO_INTERVIEWER = 'CO_INTERVIEWER',
  SHADOW = 'SHADOW',
}

/** Statuses that hold the panel's time: only these count as double booking. */
export const ACTIVE_STATUSES = [SessionStatus.SCHEDULED, SessionStatus.IN_PROGRESS];

registerEnumType(SessionStatus, { name: 'SessionStatus' });
registerEnumType(PanelRole, { name: 'PanelRole' });
