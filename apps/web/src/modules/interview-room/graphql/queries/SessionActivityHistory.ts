import { graphql } from '@web/generated';

/** What the live feed showed before this page opened (or while it was offline). */
export const SessionActivityHistoryQuery = graphql(`
  query SessionActivityHistory($sessionId: ID!, $last: Int!) {
    sessionActivityHistory(sessionId: $sessionId, last: $last) {
      ...SessionActivityFields
    }
  }
`);
