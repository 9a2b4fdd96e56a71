import { graphql } from '@web/generated';

export const SchedulingRequestsQuery = graphql(`
  query SchedulingRequests($candidateId: ID!) {
    schedulingRequests(candidateId: $candidateId) {
      ...SchedulingRequestFields
    }
  }
`);
