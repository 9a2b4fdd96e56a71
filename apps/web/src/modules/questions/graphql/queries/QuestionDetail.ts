import { graphql } from '@web/generated';

export const QuestionDetailQuery = graphql(`
  query QuestionDetail($id: ID!) {
    question(id: $id) {
      ...QuestionFields
      context
      revision
      revisionId
      sourceLines {
        start
        end
      }
      guide {
        id
        title
        sourceFileName
      }
      answer {
        ...ModelAnswerFields
      }
      followUps {
        text
        response
      }
    }
  }
`);
