import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

import { Authenticated, CurrentActor } from '@api/core/auth/auth.decorators';
import type { Actor } from '@api/core/auth/request-auth';
import { linkIdPipe } from '@api/core/graphql/link-id.pipe';

import { GuideService } from './guide.service';

@Authenticated()
@Controller('exports/guides')
export class GuideExportController {
  constructor(private readonly guideService: GuideService) {}

  @Get(':id.md')
  async markdown(
    @CurrentActor() actor: Actor,
    @Param('id', linkIdPipe()) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const { fileName, markdown } = await this.guideService.exportMarkdown(actor, id);
    res
      .type('text/markdown; charset=utf-8')
      .attachment(fileName)
      .send(markdown);
  }
}
