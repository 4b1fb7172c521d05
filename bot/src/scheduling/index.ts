// Scheduling's public face: the school calendar and academic years that funding's agenda and budgets follow.
// Other features import only this file; the assembly (start-service.ts) imports compose-scheduling.ts.

export * from './demo/demo-past-meetings';
export * from './demo/kent-school-calendar';
export * from './domain/academic-year';
export * from './domain/cycle-months';
export * from './domain/school-calendar';
