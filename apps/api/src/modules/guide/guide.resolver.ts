import { Args, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';

import { Authenticated, CurrentActor, Roles } from '@api/core/auth/auth.decorators';
import type { Actor } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';
import type { ConnectionShape } from '@api/core/graphql/connection';
import { isFieldRequested } from '@api/core/graphql/requested-fields';

import { GuideDeletionModel, GuideDeletionPreviewArgs } from './dto/guide-deletion.model';
import { DeleteGuideInput, RestoreGuideInput, RetireGuideInput } from './dto/guide-lifecycle.input';
import { GuideConnection, GuideModel } from './dto/guide.model';
import { GuideArgs, GuidesArgs } from './dto/guides.args';
import { ImportGuidesInput } from './dto/import-guides.input';
import { type GuideImportStatus, ImportReportModel } from './dto/import-report.model';
import { GuideImportService } from './guide-import.service';
import { GuideLifecycleService } from './guide-lifecycle.service';
import { GuideService } from './guide.service';

@Resolver(() => GuideModel)
export class GuideResolver {
  constructor(
    private readonly guideService: GuideService,
    private readonly importService: GuideImportService,
    private readonly lifecycle: GuideLifecycleService,
  ) {}

  @Authenticated()
  @Query(() => GuideConnection, { description: 'The current team\u2019s guides by title, paged. Any member of the team.' })
  guides(
    @CurrentActor() actor: Actor,
    @Args() args: GuidesArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<GuideModel>> {
    return this.guideService.guides(actor, args, isFieldRequested(info, 'totalCount'));
  }

  @Authenticated()
  @Query(() => GuideModel, { description: 'One guide of the current team; NOT_FOUND otherwise. Any member of the team.' })
  guide(@CurrentActor() actor: Actor, @Args() args: GuideArgs): Promise<GuideModel> {
    return this.guideService.guide(actor, args.id);
  }

  @Authenticated()
  @Query(() => String, {
    description: 'The guide exported as Markdown in the reference format (its current question revisions). Any member of the team.',
  })
  async guideMarkdown(@CurrentActor() actor: Actor, @Args() args: GuideArgs): Promise<string> {
    return (await this.guideService.exportMarkdown(actor, args.id)).markdown;
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => ImportReportModel, {
    description:
      'Imports Markdown guides into the current team\u2019s bank, each file all-or-nothing in its own transaction; dryRun reports without storing. Coordinators only.',
  })
  async importGuides(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The files and whether this is a dry run.' }) input: ImportGuidesInput,
  ): Promise<ImportReportModel> {
    const results = await this.importService.importGuides(
      { teamId: actor.teamId, userId: actor.userId },
      input.files,
      { dryRun: input.dryRun },
    );

    return {
      dryRun: input.dryRun,
      guides: results.map((result) => ({ ...result, status: result.status as GuideImportStatus })),
    };
  }

  @Roles(TeamRole.COORDINATOR)
  @Query(() => GuideDeletionModel, {
    description:
      'What deleteGuide would do to this guide: questions deleted, questions kept because sessions used them, kits affected. Coordinators only.',
  })
  guideDeletionPreview(@CurrentActor() actor: Actor, @Args() args: GuideDeletionPreviewArgs): Promise<GuideDeletionModel> {
    return this.lifecycle.deletionPreview(actor, args.guideId);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => GuideModel, {
    description:
      'Retires a guide: it and its active questions leave the bank, search and kit builder; kits keep them, shown as retired. Retiring a retired guide changes nothing. Coordinators only.',
  })
  retireGuide(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The guide to retire.' }) input: RetireGuideInput,
  ): Promise<GuideModel> {
    return this.lifecycle.retire(actor, input.guideId);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => GuideModel, {
    description:
      'Restores a retired guide and exactly the questions retiring it retired (not those a re-import had retired). Restoring an active guide changes nothing. Coordinators only.',
  })
  restoreGuide(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The guide to restore.' }) input: RestoreGuideInput,
  ): Promise<GuideModel> {
    return this.lifecycle.restore(actor, input.guideId);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => GuideDeletionModel, {
    description:
      'Deletes a guide for good, in one transaction: questions no session used go with their revisions and kit items; questions sessions used stay retired with their revisions (so notes and ratings stay whole) but leave kits. The slug is free for a new import; the guide is NOT_FOUND afterwards. Coordinators only.',
  })
  deleteGuide(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The guide to delete.' }) input: DeleteGuideInput,
  ): Promise<GuideDeletionModel> {
    return this.lifecycle.delete(actor, input.guideId);
  }
}
