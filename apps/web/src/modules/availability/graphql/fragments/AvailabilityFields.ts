import { graphql } from '@web/generated';

export const AvailabilityFieldsFragment = graphql(`
  fragment AvailabilityFields on Availability {
    userId
    timeZone
    version
    bufferMinutes
    dailyCap
    weeklyCap
    weeklyWindows {
      weekday
      start
      end
    }
    overrides {
      date
      windows {
        start
        end
      }
    }
    timeOff {
      kind
      startDate
      endDate
      start
      end
      note
    }
  }
`);
