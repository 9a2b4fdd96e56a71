import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

import { CurrentActor, Roles } from '@api/core/auth/auth.decorators';
import type { Actor } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';
import { linkIdPipe } from '@api/core/graphql/link-id.pipe';

import { ReviewExportService } from './review-export.service';

@Roles(TeamRole.COORDINATOR)
@Controller('exports/candidates')
export class ReviewExportController {
  constructor(private readonly exports: ReviewExportService) {}

  @Get(':id/scorecards.csv')
  async scorecardsCsv(@CurrentActor() actor: Actor, @Param('id', linkIdPipe()) id: string, @Res() res: Response): Promise<void> {
    const { fileName, csv } = await this.exports.scorecardsCsv(actor, id);
    res.type('text/csv; charset=utf-8').attachment(fileName).send(csv);
  }

  @Get(':id/debrief.pdf')
  async debriefPdf(@CurrentActor() actor: Actor, @Param('id', linkIdPipe()) id: string, @Res() res: Response): Promise<void> {
    const { fileName, pdf } = await this.exports.debriefPdf(actor, id);
    res.type('application/pdf').attachment(fileName).send(pdf);
  }
}
