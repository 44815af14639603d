/** Wires each collection to its loader and schema; the schemas themselves live in src/schema/. */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import {
	BenchmarkSchema,
	SourceSchema,
	createCardSchema,
	createEvaluationSchema,
	createModelSchema,
	type ReferenceFactory,
	type SchemaContext,
} from './schema/index.ts';
import { entryIdFromPath } from './lib/entry-id.ts';
import { COLLECTION_LAYOUT } from './lib/content-check.ts';
import { contentRoot } from './lib/content-root.ts';

// Astro's reference() is typed per collection name; ours takes any collection of this project.
const context: SchemaContext = { reference: reference as unknown as ReferenceFactory };

const loader = (collection: keyof typeof COLLECTION_LAYOUT, pattern: string) =>
	glob({
		base: `${contentRoot()}/${COLLECTION_LAYOUT[collection].folder}`,
		pattern,
		generateId: ({ entry }) => entryIdFromPath(entry),
	});

export const collections = {
	cards: defineCollection({ loader: loader('cards', '*.{md,mdx}'), schema: createCardSchema(context) }),
	evaluations: defineCollection({ loader: loader('evaluations', '*/*.{yaml,yml}'), schema: createEvaluationSchema(context) }),
	models: defineCollection({ loader: loader('models', '*.{yaml,yml}'), schema: createModelSchema(context) }),
	benchmarks: defineCollection({ loader: loader('benchmarks', '*.{yaml,yml}'), schema: BenchmarkSchema }),
	sources: defineCollection({ loader: loader('sources', '*.{yaml,yml}'), schema: SourceSchema }),
};
