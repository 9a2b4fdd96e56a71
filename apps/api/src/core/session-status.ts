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

registerEnumType(SessionStatus, {
  name: 'SessionStatus',
  description: 'Where an interview session stands.',
  valuesMap: {
    SCHEDULED: { description: 'Booked and not started; holds the panel\u2019s time.' },
    IN_PROGRESS: { description: 'The room is open (startSession); holds the panel\u2019s time.' },
    COMPLETED: { description: 'Run and closed (completeSession); scorecards fall due.' },
    CANCELLED: { description: 'Called off with a reason; frees the panel\u2019s time.' },
    NO_SHOW: { description: 'The candidate or an interviewer did not attend; frees the panel\u2019s time.' },
  },
});
registerEnumType(PanelRole, {
  name: 'PanelRole',
  description: 'A panelist\u2019s seat in a session.',
  valuesMap: {
    LEAD: { description: 'Runs the session and owes a scorecard.' },
    CO_INTERVIEWER: { description: 'Interviews alongside the lead and owes a scorecard.' },
    SHADOW: { description: 'Observes and takes notes; may write a scorecard but owes none, and does not run the questions.' },
  },
});
