import { toUserModel } from './identity.mapper';

import type { MembershipModel } from '@api/modules/identity/dto/membership.model';
import type { TeamModel } from '@api/modules/identity/dto/team.model';
import type { MembershipEntity } from './membership.entity';
import type { TeamEntity } from './team.entity';

export function toTeamModel(team: TeamEntity): TeamModel {
  return {
    id: team.id,
    name: team.name,
    scorecardReveal: team.scorecardReveal,
    scorecardDueHours: team.scorecardDueHours,
    reminderAfterHours: team.reminderAfterHours,
    escalateAfterHours: team.escalateAfterHours,
    minRescheduleNoticeHours: team.minRescheduleNoticeHours,
    maxReschedules: team.maxReschedules,
    minimumBookingNoticeMinutes: team.minimumBookingNoticeMinutes,
    timeZone: team.timeZone,
  };
}

/** Needs `team` and `user` loaded on the membership. */
export function toMembershipModel(membership: MembershipEntity): MembershipModel {
  if (!membership.team || !membership.user) {
    throw new Error('toMembershipModel needs team and user relations loaded');
  }

  return {
    id: membership.id,
    team: toTeamModel(membership.team),
    user: toUserModel(membership.user),
    role: membership.role,
    active: membership.active,
    joinedAt: membership.createdAt,
  };
}
