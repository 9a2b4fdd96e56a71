import { graphql } from '@web/generated';

export const TeamSettingsFieldsFragment = graphql(`
  fragment TeamSettingsFields on Team {
    id
    name
    timeZone
    scorecardReveal
    scorecardDueHours
    reminderAfterHours
    escalateAfterHours
    minRescheduleNoticeHours
    maxReschedules
    minimumBookingNoticeMinutes
  }
`);
