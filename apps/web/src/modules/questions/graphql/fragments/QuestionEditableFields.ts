import { graphql } from '@web/generated';

/** What the question page shows and the edit form starts from. */
export const QuestionEditableFieldsFragment = graphql(`
  fragment QuestionEditableFields on Question {
    ...QuestionFields
    context
    revision
    revisionId
    revisionOrigin
    sourceLines {
      start
      end
    }
    guide {
      id
      title
      sourceFileName
      deletedAt
    }
    answer {
      ...ModelAnswerFields
    }
    followUps {
      text
      response
    }
    revisions {
      id
      revision
      origin
      createdAt
      authorName
      prompt
    }
  }
`);
