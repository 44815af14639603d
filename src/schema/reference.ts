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

/**
 * Where each collection lives under the content root and which files belong to it: the glob is
 * what Astro's loader reads, the pattern what the content check accepts, and `expected` what its
 * message asks for. One declaration, so the two can never disagree.
 */
export const COLLECTION_LAYOUT: Record<
	CollectionName,
	{ folder: string; glob: string; pattern: RegExp; expected: string }
> = {
	cards: {
		folder: 'cards',
		glob: '*.{md,mdx}',
		pattern: /^[^/]+\.mdx?$/,
		expected: '<card-id>.mdx',
	},
	evaluations: {
		folder: 'evaluations',
		glob: '*/*.{yaml,yml}',
		pattern: /^[^/]+\/[^/]+\.ya?ml$/,
		expected: '<card-id>/<evaluation-id>.yaml',
	},
	models: {
		folder: 'models',
		glob: '*.{yaml,yml}',
		pattern: /^[^/]+\.ya?ml$/,
		expected: '<id>.yaml',
	},
	benchmarks: {
		folder: 'benchmarks',
		glob: '*.{yaml,yml}',
		pattern: /^[^/]+\.ya?ml$/,
		expected: '<id>.yaml',
	},
	sources: {
		folder: 'sources',
		glob: '*.{yaml,yml}',
		pattern: /^[^/]+\.ya?ml$/,
		expected: '<id>.yaml',
	},
};

export interface EntryReference {
	id: string;
	collection: string;
}

export type ReferenceFactory = (collection: CollectionName) => z.ZodType<EntryReference, unknown>;

export interface SchemaContext {
	reference: ReferenceFactory;
}

/** An evaluation's id names its card's folder too: `o3-mini/personqa`. */
const EvaluationIdSchema = z
	.string()
	.refine(
		(id) =>
			id.split('/').length === 2 && id.split('/').every((part) => IdSchema.safeParse(part).success),
		{
			error: 'expected an evaluation id, <card-id>/<evaluation-id>, e.g. "o3-mini/personqa"',
		},
	);

/** A reference that only checks the id's form; existence is checked by `checkContent`. */
export const idReference: ReferenceFactory = (collection) =>
	(collection === 'evaluations' ? EvaluationIdSchema : IdSchema).transform((id) => ({
		id,
		collection,
	}));

export const standaloneContext: SchemaContext = { reference: idReference };
