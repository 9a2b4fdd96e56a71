import { graphql } from '@web/generated';

export const RevokeCalendarTokenMutation = graphql(`
  mutation RevokeCalendarToken {
    revokeCalendarToken
  }
`);
