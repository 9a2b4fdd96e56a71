import { graphql } from '@web/generated';

export const MyAvailabilityQuery = graphql(`
  query MyAvailability {
    availability {
      ...AvailabilityFields
    }
  }
`);
