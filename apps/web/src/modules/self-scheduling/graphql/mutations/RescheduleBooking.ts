import { graphql } from '@web/generated';

export const RescheduleBookingMutation = graphql(`
  mutation RescheduleBooking($input: BookSlotInput!) {
    rescheduleBooking(input: $input) {
      ...BookingPageFields
    }
  }
`);
