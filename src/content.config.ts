/** Wires each collection to its loader and schema; the schemas themselves live in src/schema/. */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import {
	BenchmarkSchema,
	COLLECTION_LAYOUT,
	SourceSchema,
	createCardSchema,
	createEvaluationSchema,
	createModelSchema,
	type CollectionName,
	type ReferenceFactory,
	type SchemaContext,
} from './schema/index.ts';
import { entryIdFromPath } from './lib/entry-id.ts';
import { contentRoot } from './lib/content-root.ts';

// Astro's reference() is typed per collection name; ours takes any collection of this project.
const context: SchemaContext = { reference: reference as unknown as ReferenceFactory };

const loader = (collection: CollectionName) =>
	glob({
		base: `${contentRoot()}/${COLLECTION_LAYOUT[collection].folder}`,
		pattern: COLLECTION_LAYOUT[collection].glob,
		generateId: ({ entry }) => entryIdFromPath(entry),
		// No page reads an entry's raw text (cards render from their compiled MDX, the rest from
		// their data), and kept, every file's text went into the content store twice over, and
		// into the build's memory: a third of the store at 1,000 cards.
		retainBody: false,
	});

export const collections = {
	cards: defineCollection({ loader: loader('cards'), schema: createCardSchema(context) }),
	evaluations: defineCollection({
		loader: loader('evaluations'),
		schema: createEvaluationSchema(context),
	}),
	models: defineCollection({ loader: loader('models'), schema: createModelSchema(context) }),
	benchmarks: defineCollection({ loader: loader('benchmarks'), schema: BenchmarkSchema }),
	sources: defineCollection({ loader: loader('sources'), schema: SourceSchema }),
};
