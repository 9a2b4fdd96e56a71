import { graphql } from '@web/generated';

export const CandidateDuplicatesQuery = graphql(`
  query CandidateDuplicates {
    candidateDuplicates {
      ...CandidateFields
    }
  }
`);
