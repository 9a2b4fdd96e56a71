import { graphql } from '@web/generated';

export const BookingViolationFieldsFragment = graphql(`
  fragment BookingViolationFields on BookingViolation {
    userId
    name
    rule
    detail
  }
`);
