import { existsSync } from 'node:fs';

import type { DataSource } from 'typeorm';

import { AuditService } from '@api/core/audit/audit.service';
import { collectGuideFiles, readGuideFile } from '@api/modules/guide/guide-files';
import { GuideImportService } from '@api/modules/guide/guide-import.service';
import type { GuideImportResult } from '@api/modules/guide/guide-import.types';

/** Imports the bundled sample guides into a team (idempotent, like any import). */
export async function seedSampleGuides(
  dataSource: DataSource,
  teamId: string,
  directory: string,
): Promise<GuideImportResult[]> {
  if (!existsSync(directory)) {
    return [];
  }
  const importer = new GuideImportService(dataSource, new AuditService());

  return importer.importGuides(
    { teamId, userId: null },
    collectGuideFiles([directory]).map(readGuideFile),
  );
}
