import { graphql } from '@web/generated';

export const FindSlotsQuery = graphql(`
  query FindSlots($input: FindSlotsInput!) {
    findSlots(input: $input) {
      start
      end
      score
      interviewers {
        id
        name
        timeZone
      }
    }
  }
`);
