import type { PanelRole, SessionStatus } from '@web/generated/graphql';

export const STATUS_LABELS: Record<SessionStatus, string> = {
  SCHEDULED: 'Scheduled',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
  NO_SHOW: 'No-show',
};

export const STATUS_COLORS: Record<SessionStatus, string> = {
  SCHEDULED: 'indigo',
  IN_PROGRESS: 'teal',
  COMPLETED: 'gray',
  CANCELLED: 'red',
  NO_SHOW: 'orange',
};

export const PANEL_ROLE_LABELS: Record<PanelRole, string> = {
  LEAD: 'Lead',
  CO_INTERVIEWER: 'Co-interviewer',
  SHADOW: 'Shadow',
};

export const PANEL_ROLE_OPTIONS = (
  Object.keys(PANEL_ROLE_LABELS) as PanelRole[]
).map((role) => ({ value: role, label: PANEL_ROLE_LABELS[role] }));

export function isPanelRole(value: string | null): value is PanelRole {
  return value !== null && value in PANEL_ROLE_LABELS;
}

/** Sessions that can still be moved, cancelled or marked no-show. */
export function isActiveStatus(status: SessionStatus): boolean {
  return status === 'SCHEDULED' || status === 'IN_PROGRESS';
}
