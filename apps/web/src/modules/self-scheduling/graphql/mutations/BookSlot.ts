import { graphql } from '@web/generated';

export const BookSlotMutation = graphql(`
  mutation BookSlot($input: BookSlotInput!) {
    bookSlot(input: $input) {
      ...BookingPageFields
    }
  }
`);
