import { graphql } from '@web/generated';

export const ImportGuidesMutation = graphql(`
  mutation ImportGuides($input: ImportGuidesInput!) {
    importGuides(input: $input) {
      dryRun
      guides {
        ...GuideImportResultFields
      }
    }
  }
`);
