export type Context = unknown;
