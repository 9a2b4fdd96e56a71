import { graphql } from '@web/generated';

export const BookingPageFields = graphql(`
  fragment BookingPageFields on BookingPage {
    teamName
    title
    durationMinutes
    candidateName
    timeZone
    status
    expiresAt
    policy
    slots {
      start
      end
    }
    booking {
      startsAt
      endsAt
      location
      canReschedule
      canCancel
      changeBlockedReason
    }
  }
`);
