/**
 * Schemas that point at other entries take a `reference` function instead of importing Astro's,
 * so the same schema runs inside Astro (with `reference()` from `astro:content`, which makes a
 * dangling reference fail the build) and in the standalone content check and unit tests (with
 * `idReference`, after which the check resolves every id itself).
 */
import { z } from 'astro/zod';
import { IdSchema } from './shared.ts';

export const COLLECTIONS = ['cards', 'models', 'sources', 'benchmarks', 'evaluations'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export interface EntryReference {
	id: string;
	collection: string;
}

export type ReferenceFactory = (collection: CollectionName) => z.ZodType<EntryReference, unknown>;

export interface SchemaContext {
	reference: ReferenceFactory;
}

/** A reference that only checks the id's form; existence is checked by `checkContent`. */
export const idReference: ReferenceFactory = (collection) =>
	IdSchema.transform((id) => ({ id, collection }));

export const standaloneContext: SchemaContext = { reference: idReference };
