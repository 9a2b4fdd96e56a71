import { graphql } from '@web/generated';

export const CompleteSetupMutation = graphql(`
  mutation CompleteSetup($input: CompleteSetupInput!) {
    completeSetup(input: $input) {
      ...ViewerFields
    }
  }
`);
