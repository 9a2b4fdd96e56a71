import { graphql } from '@web/generated';

export const SetAvailabilityMutation = graphql(`
  mutation SetAvailability($input: SetAvailabilityInput!) {
    setAvailability(input: $input) {
      ...AvailabilityFields
    }
  }
`);
