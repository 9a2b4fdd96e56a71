import { graphql } from '@web/generated';

export const ScorecardsDueQuery = graphql(`
  query ScorecardsDue {
    scorecardsDue {
      sessionId
      candidateName
      kitName
      endedAt
      dueAt
      overdue
      status
    }
  }
`);
