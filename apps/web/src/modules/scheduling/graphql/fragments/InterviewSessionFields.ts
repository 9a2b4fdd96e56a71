import { graphql } from '@web/generated';

export const InterviewSessionFieldsFragment = graphql(`
  fragment InterviewSessionFields on InterviewSession {
    id
    startsAt
    endsAt
    timeZone
    location
    status
    version
    sequence
    rescheduleCount
    kitId
    kitName
    candidate {
      id
      name
      email
      targetRole
    }
    panel {
      role
      user {
        id
        name
        email
        timeZone
      }
    }
  }
`);
