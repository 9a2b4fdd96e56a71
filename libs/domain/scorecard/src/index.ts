export * from './scorecard-rules';
export * from './agreement';
