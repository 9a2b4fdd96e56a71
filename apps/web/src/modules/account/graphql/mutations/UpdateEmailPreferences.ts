import { graphql } from '@web/generated';

export const UpdateEmailPreferencesMutation = graphql(`
  mutation UpdateEmailPreferences($input: UpdateEmailPreferencesInput!) {
    updateEmailPreferences(input: $input) {
      ...ViewerFields
    }
  }
`);
