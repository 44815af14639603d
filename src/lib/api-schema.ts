/**
 * The files of the static JSON API, as Zod schemas: the one definition of each public format. The
 * builders in api.ts return these types, and the JSON Schemas published at /schema/… are generated
 * from them. They are built from the content schemas the build validates with, on their input
 * side: an API file holds entries in their authored form, references as ids.
 */
import { z } from 'astro/zod';
import { registry } from '../frameworks/registry.ts';
import { BenchmarkSchema } from '../schema/benchmark.ts';
import { CARD_KINDS, COVERAGES, createCardSchema } from '../schema/card.ts';
import { createEvaluationSchema } from '../schema/evaluation.ts';
import { createModelSchema } from '../schema/model.ts';
import { createCardLevelSchema, createRatingSchema } from '../schema/rating.ts';
import { standaloneContext } from '../schema/reference.ts';
import { AnchorIdSchema, IdSchema } from '../schema/shared.ts';
import { SOURCE_KINDS, SourceSchema } from '../schema/source.ts';

/** Raised when the format of any API file changes in a way a reader must know about. */
export const API_SCHEMA_VERSION = 1;

const context = standaloneContext;
const SchemaVersion = z
	.literal(API_SCHEMA_VERSION)
	.describe('Format version of this file; raised when the format changes.');
const SitePath = z
	.string()
	.regex(/^\/[^\s]*$/)
	.describe('Path on this site; append to the site origin.');
// Any rating or card-level determination of any framework in the registry, in its authored form.
const Rating = z.union(
	registry.frameworks.flatMap((framework) =>
		[createRatingSchema(framework, context), createCardLevelSchema(framework, context)].filter(
			(schema) => schema !== undefined,
		),
	) as [z.ZodType, ...z.ZodType[]],
);
const Category = z.enum([
	...new Set(
		registry.frameworks.flatMap((framework) => framework.categories.map((category) => category.id)),
	),
] as [string, ...string[]]);
const Basis = z
	.enum(SOURCE_KINDS)
	.describe(
		'The kind of the source the rating is taken from: "official" is the publisher’s own document; anything else is marked on the site.',
	);
const FrameworkId = z.enum(registry.cardFrameworkIds as [string, ...string[]]);
const Publisher = z.enum(
	registry.publishers.map((publisher) => publisher.id) as [string, ...string[]],
);

const ResultRecord = z.strictObject({
	card: IdSchema,
	evaluation: AnchorIdSchema.describe('The evaluation’s anchor on its card.'),
	anchor: AnchorIdSchema.describe('The anchor of the table row on the card.'),
	url: SitePath,
	model: IdSchema,
	variant: z.string(),
	metric: z.strictObject({ id: IdSchema, label: z.string(), unit: z.string() }),
	row: z.string().optional(),
	setup: z.array(z.string()),
	value: z.number().describe('As published, never rounded.'),
	text: z.string().describe('As printed on the site; "≈" marks a value read from a chart.'),
	approximate: z
		.boolean()
		.describe(
			'Read from a chart (by us or by the secondary source that relays it), not printed in the source.',
		),
	secondary: z.boolean().describe('Relayed by a secondary source, not read from the card itself.'),
});

export const API_FILE_SCHEMAS = {
	cards: z.strictObject({
		schemaVersion: SchemaVersion,
		cards: z.array(
			z.strictObject({
				id: IdSchema,
				title: z.string(),
				url: SitePath,
				api: SitePath,
				kind: z.enum(CARD_KINDS),
				publisher: Publisher,
				published: z
					.string()
					.describe('YYYY-MM-DD, YYYY-MM, YYYY or "unknown": as precisely as the sources give it.'),
				framework: FrameworkId,
				coverage: z.enum(COVERAGES),
				models: z.array(IdSchema),
				parent: IdSchema.optional(),
				unverified: z.boolean(),
			}),
		),
	}),
	card: z.strictObject({
		schemaVersion: SchemaVersion,
		id: IdSchema,
		url: SitePath,
		card: createCardSchema(context).describe('The card’s data; its ratings are under `ratings`.'),
		ratings: z
			.record(AnchorIdSchema, Rating)
			.describe('Keyed by the rating’s anchor on the card page.'),
		notRecovered: z
			.array(AnchorIdSchema)
			.describe(
				'Anchors of the framework’s categories for which no rating was recovered from the sources the site holds.',
			),
		evaluations: z
			.record(AnchorIdSchema, createEvaluationSchema(context))
			.describe('Keyed by the evaluation’s anchor on the card page.'),
		models: z
			.record(IdSchema, createModelSchema(context))
			.describe('The card’s models with their specs, keyed by model id.'),
		sources: z
			.record(AnchorIdSchema, SourceSchema)
			.describe('Every source the card page cites, keyed by its anchor.'),
	}),
	model: z.strictObject({
		schemaVersion: SchemaVersion,
		id: IdSchema,
		url: SitePath,
		model: createModelSchema(context),
		ratings: z.array(
			z.strictObject({
				card: IdSchema,
				anchor: AnchorIdSchema.describe('The rating’s anchor on its card.'),
				url: SitePath,
				modelPageAnchor: AnchorIdSchema.describe('The rating’s anchor on the model page.'),
				framework: FrameworkId,
				category: Category,
				basis: Basis,
				rating: Rating,
			}),
		),
		results: z.array(ResultRecord),
	}),
	ratings: z.strictObject({
		schemaVersion: SchemaVersion,
		ratings: z.array(
			z.strictObject({
				card: IdSchema,
				anchor: AnchorIdSchema,
				url: SitePath,
				framework: FrameworkId,
				category: Category,
				models: z.array(IdSchema),
				basis: Basis,
				rating: Rating,
			}),
		),
	}),
	benchmark: z.strictObject({
		schemaVersion: SchemaVersion,
		id: IdSchema,
		url: SitePath,
		benchmark: BenchmarkSchema,
		setups: z.array(
			z.strictObject({
				anchor: AnchorIdSchema.describe('The setup’s anchor on the benchmark page.'),
				metric: z.strictObject({
					id: IdSchema,
					label: z.string(),
					unit: z.string(),
					higherIsBetter: z.boolean(),
				}),
				row: z.string().optional(),
				setup: z.array(z.string()),
				results: z.array(ResultRecord),
			}),
		),
	}),
} as const;
export type ApiFileKind = keyof typeof API_FILE_SCHEMAS;
/** The content of each API file, as the builders produce it. */
export type ApiFile<Kind extends ApiFileKind> = z.input<(typeof API_FILE_SCHEMAS)[Kind]>;
export type ApiResultRecord = z.input<typeof ResultRecord>;
export const API_FILE_KINDS = Object.keys(API_FILE_SCHEMAS) as ApiFileKind[];

/**
 * The JSON Schema of one API file. Dates are written as strings in the files; on the input side
 * the content schemas also accept a YAML date object, which JSON cannot hold, so it is described
 * as a string.
 */
export function apiJsonSchema(kind: ApiFileKind): Record<string, unknown> {
	return z.toJSONSchema(API_FILE_SCHEMAS[kind], {
		io: 'input',
		target: 'draft-2020-12',
		unrepresentable: 'any',
		override: (ctx) => {
			if (ctx.zodSchema._zod.def.type === 'date') {
				ctx.jsonSchema.type = 'string';
				ctx.jsonSchema.format = 'date';
			}
		},
	}) as Record<string, unknown>;
}
