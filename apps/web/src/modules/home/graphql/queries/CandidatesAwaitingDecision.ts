import { graphql } from '@web/generated';

export const CandidatesAwaitingDecisionQuery = graphql(`
  query CandidatesAwaitingDecision {
    candidatesAwaitingDecision {
      candidate {
        id
        name
        targetRole
      }
      lastCompletedAt
      submittedScorecards
      pendingScorecards
    }
  }
`);
