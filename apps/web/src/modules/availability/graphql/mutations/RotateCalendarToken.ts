import { graphql } from '@web/generated';

export const RotateCalendarTokenMutation = graphql(`
  mutation RotateCalendarToken {
    rotateCalendarToken
  }
`);
