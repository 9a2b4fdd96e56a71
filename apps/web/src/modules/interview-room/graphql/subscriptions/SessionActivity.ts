import { graphql } from '@web/generated';

export const SessionActivitySubscription = graphql(`
  subscription SessionActivity($sessionId: ID!) {
    sessionActivity(sessionId: $sessionId) {
      ...SessionActivityFields
    }
  }
`);
