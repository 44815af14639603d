export * from './shared.ts';
export * from './reference.ts';
export * from './source.ts';
export * from './rating.ts';
export * from './benchmark.ts';
export * from './model.ts';
export * from './evaluation.ts';
export * from './card.ts';
