import { graphql } from '@web/generated';

/** `inRoom` from the interview room only: that connection counts as being in the room. */
export const SessionActivitySubscription = graphql(`
  subscription SessionActivity($sessionId: ID!, $inRoom: Boolean!) {
    sessionActivity(sessionId: $sessionId, inRoom: $inRoom) {
      ...SessionActivityFields
    }
  }
`);
