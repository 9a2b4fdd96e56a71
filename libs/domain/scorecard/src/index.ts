export * from './scorecard-rules';
