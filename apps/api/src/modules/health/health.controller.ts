import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

import { Public } from '@api/core/auth/auth.decorators';

import { DATABASE_INFO, type DatabaseInfo } from './database-info';

@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DATABASE_INFO) private readonly database: DatabaseInfo,
  ) {}

  @Get()
  async health(@Res() res: Response): Promise<void> {
    const started = Date.now();
    let isUp = false;
    try {
      await this.dataSource.query('SELECT 1');
      isUp = true;
    } catch {
      isUp = false;
    }
    res.status(isUp ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({
      status: isUp ? 'ok' : 'degraded',
      database: {
        status: isUp ? 'up' : 'down',
        kind: this.database.isEmbedded ? 'embedded' : 'server',
        latencyMs: Date.now() - started,
      },
    });
  }
}
