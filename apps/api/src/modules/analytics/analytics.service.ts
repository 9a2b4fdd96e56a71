import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Actor } from '@api/core/auth/request-auth';
import { DomainError } from '@api/core/domain-error';

import { loadCalibration } from './calibration.read-model';
import type { AnalyticsFilterInput, CalibrationModel } from './dto/analytics.model';

const MAX_RANGE_DAYS = 731;

@Injectable()
export class AnalyticsService {
  constructor(private readonly dataSource: DataSource) {}

  calibration(actor: Actor, filter: AnalyticsFilterInput): Promise<CalibrationModel> {
    if (filter.to <= filter.from || filter.to.getTime() - filter.from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
      throw new DomainError('BAD_USER_INPUT', `to must be after from, at most ${MAX_RANGE_DAYS} days later`, { field: 'to' });
    }

    return loadCalibration(this.dataSource, actor, filter);
  }
}
