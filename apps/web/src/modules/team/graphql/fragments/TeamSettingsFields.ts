import { graphql } from '@web/generated';

export const TeamSettingsFieldsFragment = graphql(`
  fragment TeamSettingsFields on Team {
    id
    scorecardReveal
    scorecardDueHours
    reminderAfterHours
    escalateAfterHours
    minRescheduleNoticeHours
    maxReschedules
  }
`);
