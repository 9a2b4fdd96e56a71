import { IdentityAndTeams1764000000000 } from './1764000000000-identity-and-teams';

/** Every migration, in order. Listed explicitly so bundles and tests agree. */
export const MIGRATIONS = [IdentityAndTeams1764000000000];
