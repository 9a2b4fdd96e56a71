import { graphql } from '@web/generated';

export const RoomPresenceQuery = graphql(`
  query RoomPresence($sessionId: ID!) {
    sessionPresence(sessionId: $sessionId) {
      role
      since
      user {
        id
        name
      }
    }
  }
`);
