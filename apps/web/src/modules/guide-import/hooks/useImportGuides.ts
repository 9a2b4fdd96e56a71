import { useState } from 'react';
import { useMutation } from '@apollo/client/react';

import type { GuideImportResultFieldsFragment } from '@web/generated/graphql';
import { ImportGuidesMutation } from '@web/modules/guide-import/graphql/mutations/ImportGuides';
import {
  batchGuideFiles,
  type GuideFile,
} from '@web/modules/guide-import/utils/guideFiles';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type GuideImportResult = GuideImportResultFieldsFragment;

export type ImportReport = {
  dryRun: boolean;
  guides: GuideImportResult[];
};

export type UseImportGuidesResult = {
  /** Reports what importing the files would change, storing nothing. */
  previewImport: (files: readonly GuideFile[]) => Promise<ImportReport>;
  /** Imports the files; each guide is stored all-or-nothing. */
  importGuides: (files: readonly GuideFile[]) => Promise<ImportReport>;
  isImporting: boolean;
};

// What an import can change: lists and searches of guides and questions.
const IMPORTED_FIELDS = [
  'guides',
  'guide',
  'questions',
  'question',
  'questionFacets',
];

export function useImportGuides(): UseImportGuidesResult {
  const [mutate] = useMutation(ImportGuidesMutation);
  const [pending, setPending] = useState(0);

  const run = async (
    files: readonly GuideFile[],
    dryRun: boolean,
  ): Promise<ImportReport> => {
    setPending((count) => count + 1);
    try {
      const guides: GuideImportResult[] = [];
      for (const batch of batchGuideFiles(files)) {
        const { data } = await mutate({
          variables: {
            input: {
              dryRun,
              files: batch.map(({ fileName, text }) => ({ fileName, text })),
            },
          },
          update: dryRun
            ? undefined
            : (cache) => {
                for (const fieldName of IMPORTED_FIELDS) {
                  cache.evict({ id: 'ROOT_QUERY', fieldName });
                }
                cache.gc();
              },
        });
        if (!data) {
          throw new Error('importGuides returned no data');
        }
        guides.push(...data.importGuides.guides);
      }

      return { dryRun, guides };
    } catch (error) {
      throw toApiError(error);
    } finally {
      setPending((count) => count - 1);
    }
  };

  return {
    previewImport: (files) => run(files, true),
    importGuides: (files) => run(files, false),
    isImporting: pending > 0,
  };
}
