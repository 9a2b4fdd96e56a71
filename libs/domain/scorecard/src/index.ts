export * from './scorecard-rules';
export * from './agreement';
export * from './calibration-stats';
