import { graphql } from '@web/generated';

export const SendTestEmailMutation = graphql(`
  mutation SendTestEmail {
    sendTestEmail {
      ...OutgoingMessageFields
    }
  }
`);
