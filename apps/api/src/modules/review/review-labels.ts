import { PanelRole, SessionStatus } from '@api/core/session-status';
import { Recommendation } from '@api/modules/scorecard/scorecard-status';

import { DebriefDecisionKind } from './debrief-decision-kind';

/** The words the web app shows for each value, so a shared export reads like the page. */
export const DECISION_LABEL: Record<DebriefDecisionKind, string> = {
  [DebriefDecisionKind.ADVANCE]: 'Advance',
  [DebriefDecisionKind.HOLD]: 'Hold',
  [DebriefDecisionKind.REJECT]: 'Reject',
  [DebriefDecisionKind.READY]: 'Ready',
  [DebriefDecisionKind.NEEDS_PRACTICE]: 'Needs practice',
};

export const RECOMMENDATION_LABEL: Record<Recommendation, string> = {
  [Recommendation.STRONG_NO]: 'Strong no',
  [Recommendation.NO]: 'No',
  [Recommendation.YES]: 'Yes',
  [Recommendation.STRONG_YES]: 'Strong yes',
};

export const SESSION_STATUS_LABEL: Record<SessionStatus, string> = {
  [SessionStatus.SCHEDULED]: 'Scheduled',
  [SessionStatus.IN_PROGRESS]: 'In progress',
  [SessionStatus.COMPLETED]: 'Completed',
  [SessionStatus.CANCELLED]: 'Cancelled',
  [SessionStatus.NO_SHOW]: 'No-show',
};

export const PANEL_ROLE_LABEL: Record<PanelRole, string> = {
  [PanelRole.LEAD]: 'Lead',
  [PanelRole.CO_INTERVIEWER]: 'Co-interviewer',
  [PanelRole.SHADOW]: 'Shadow',
};
