export const DATABASE_INFO = Symbol('DATABASE_INFO');

export type DatabaseInfo = { isEmbedded: boolean };
