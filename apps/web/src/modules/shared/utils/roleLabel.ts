import type { TeamRole } from '@web/generated/graphql';

export const ROLE_LABELS: Record<TeamRole, string> = {
  COORDINATOR: 'Coordinator',
  INTERVIEWER: 'Interviewer',
};

export const ROLE_OPTIONS: { value: TeamRole; label: string }[] = [
  { value: 'INTERVIEWER', label: ROLE_LABELS.INTERVIEWER },
  { value: 'COORDINATOR', label: ROLE_LABELS.COORDINATOR },
];

export function isTeamRole(value: string | null): value is TeamRole {
  return value === 'COORDINATOR' || value === 'INTERVIEWER';
}
