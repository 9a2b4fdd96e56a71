import { graphql } from '@web/generated';

export const SessionEventFieldsFragment = graphql(`
  fragment SessionEventFields on SessionEvent {
    kind
    reason
    at
    actorName
    previousStartsAt
    newStartsAt
    overrodePolicy
    overrodeAvailability
    availabilityOverrideReason
    availabilityViolations {
      ...BookingViolationFields
    }
    party
  }
`);
