import { graphql } from '@web/generated';

export const CancelBookingMutation = graphql(`
  mutation CancelBooking($input: CancelBookingInput!) {
    cancelBooking(input: $input) {
      ...BookingPageFields
    }
  }
`);
