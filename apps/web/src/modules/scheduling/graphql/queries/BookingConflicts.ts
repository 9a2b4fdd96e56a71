import { graphql } from '@web/generated';

export const BookingConflictsQuery = graphql(`
  query BookingConflicts($input: BookingConflictsInput!) {
    bookingConflicts(input: $input) {
      ...BookingViolationFields
    }
  }
`);
