import type { GuideModel } from './dto/guide.model';
import type { GuideEntity } from './guide.entity';

export function toGuideModel(guide: GuideEntity, questionCount: number): GuideModel {
  return {
    id: guide.id,
    slug: guide.slug,
    title: guide.title,
    description: guide.description,
    category: guide.category,
    vertical: guide.vertical,
    tags: guide.tags,
    author: guide.author,
    publishedOn: guide.publishedOn,
    modifiedOn: guide.modifiedOn,
    contentHash: guide.contentHash,
    sourceFileName: guide.sourceFileName,
    importedAt: guide.importedAt,
    profile: guide.profile,
    questionCount,
    importWarnings: guide.importWarnings,
    retiredAt: guide.retiredAt,
    deletedAt: guide.deletedAt,
  };
}
