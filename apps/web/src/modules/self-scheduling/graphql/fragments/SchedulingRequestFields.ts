import { graphql } from '@web/generated';

export const SchedulingRequestFields = graphql(`
  fragment SchedulingRequestFields on SchedulingRequest {
    id
    kitName
    durationMinutes
    status
    sendCount
    sentAt
    openedAt
    bookedAt
    expiresAt
    windowStart
    windowEnd
    sessionId
    sessionStartsAt
    createdByName
    link
    panel {
      role
      user {
        id
        name
      }
    }
    pool {
      id
      name
    }
    poolCount
  }
`);
