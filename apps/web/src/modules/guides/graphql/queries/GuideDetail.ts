import { graphql } from '@web/generated';

export const GuideDetailQuery = graphql(`
  query GuideDetail($id: ID!) {
    guide(id: $id) {
      ...GuideFields
      description
      author
      publishedOn
      modifiedOn
      sourceFileName
      contentHash
      importWarnings {
        line
        message
      }
      profile {
        ...RoleProfileFields
      }
    }
  }
`);
