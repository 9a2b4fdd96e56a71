import { registerEnumType } from '@nestjs/graphql';

/** Where a question revision's content came from. */
export enum QuestionRevisionOrigin {
  IMPORT = 'IMPORT',
  EDIT = 'EDIT',
}

registerEnumType(QuestionRevisionOrigin, {
  name: 'QuestionRevisionOrigin',
  description: 'Where a question revision\u2019s content came from.',
  valuesMap: {
    IMPORT: {
      description: 'Imported from a guide file (it has source lines).',
    },
    EDIT: {
      description:
        'Written in the app by a coordinator (no source lines); a later import of a changed guide file replaces it.',
    },
  },
});
