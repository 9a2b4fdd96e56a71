import { graphql } from '@web/generated';

export const CandidateFieldsFragment = graphql(`
  fragment CandidateFields on Candidate {
    id
    name
    email
    targetRole
    notes
    version
    createdAt
    updatedAt
  }
`);
