// The directory's public face: people and their roles, the access rules every feature checks, who sent a turn or a
// request, and the demo directory other features' demo data builds on. Other features import only this file; the
// assembly (start-service.ts) imports compose-directory.ts.
export * from './api/require-person';
export * from './app/ports';
export * from './demo/demo-directory';
export * from './demo/prg-services';
export * from './domain/access';
export * from './domain/kent-vocabulary';
export * from './domain/person';
export * from './teams/person-of-turn';
export * from './teams/unknown-person-card';
