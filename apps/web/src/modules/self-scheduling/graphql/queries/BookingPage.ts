import { graphql } from '@web/generated';

export const BookingPageQuery = graphql(`
  query BookingPage($token: String!) {
    bookingPage(token: $token) {
      ...BookingPageFields
    }
  }
`);
