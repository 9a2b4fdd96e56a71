import { Args, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';

import { Authenticated, CurrentActor, Roles } from '@api/auth/auth.decorators';
import type { Actor } from '@api/auth/request-auth';
import type { ConnectionShape } from '@api/graphql/connection';
import { isFieldRequested } from '@api/graphql/requested-fields';
import { TeamRole } from '@api/modules/team/team-role';

import { GuideConnection, GuideModel } from './dto/guide.model';
import { GuideArgs, GuidesArgs } from './dto/guides.args';
import { ImportGuidesInput } from './dto/import-guides.input';
import { type GuideImportStatus, ImportReportModel } from './dto/import-report.model';
import { GuideImportService } from './guide-import.service';
import { GuideService } from './guide.service';

@Resolver(() => GuideModel)
export class GuideResolver {
  constructor(
    private readonly guideService: GuideService,
    private readonly importService: GuideImportService,
  ) {}

  @Authenticated()
  @Query(() => GuideConnection)
  guides(
    @CurrentActor() actor: Actor,
    @Args() args: GuidesArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<GuideModel>> {
    return this.guideService.guides(actor, args, isFieldRequested(info, 'totalCount'));
  }

  @Authenticated()
  @Query(() => GuideModel)
  guide(@CurrentActor() actor: Actor, @Args() args: GuideArgs): Promise<GuideModel> {
    return this.guideService.guide(actor, args.id);
  }

  @Authenticated()
  @Query(() => String, { description: 'The guide exported as Markdown in the reference format.' })
  async guideMarkdown(@CurrentActor() actor: Actor, @Args() args: GuideArgs): Promise<string> {
    return (await this.guideService.exportMarkdown(actor, args.id)).markdown;
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => ImportReportModel, {
    description: 'Imports Markdown guides, each all-or-nothing; dryRun reports without storing.',
  })
  async importGuides(@CurrentActor() actor: Actor, @Args('input') input: ImportGuidesInput): Promise<ImportReportModel> {
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
}
