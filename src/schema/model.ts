/**
 * A model, with the specs that have a source. A spec is either disclosed by the publisher, reported
 * only by secondary sources, a third party's estimate, or not disclosed; the kind is data, so a
 * third-party parameter count can never render as if OpenAI had published it.
 */
import { z } from 'astro/zod';
import { createLocatorSchema } from './source.ts';
import { registry as defaultRegistry, type Registry } from '../frameworks/registry.ts';
import { IsoDateSchema, isFullDate, NameSchema, strictObject, TextSchema } from './shared.ts';
import type { SchemaContext } from './reference.ts';

/** The specs a model page shows, in display order. */
export const SPEC_KEYS = [
	'release-date',
	'context-window',
	'max-output',
	'input-modalities',
	'output-modalities',
	'reasoning-effort',
	'default-reasoning-effort',
	'api-features',
	'knowledge-cutoff',
	'parameters',
	'training-tokens',
	'price',
] as const;
export type SpecKey = (typeof SPEC_KEYS)[number];

export const SPEC_LABELS: Record<SpecKey, string> = {
	'release-date': 'Release date',
	'context-window': 'Context window',
	'max-output': 'Maximum output',
	'input-modalities': 'Input modalities',
	'output-modalities': 'Output modalities',
	'reasoning-effort': 'Reasoning effort levels',
	'default-reasoning-effort': 'Default reasoning effort',
	'api-features': 'API features',
	'knowledge-cutoff': 'Knowledge cutoff',
	parameters: 'Parameters',
	'training-tokens': 'Training tokens',
	price: 'API price',
};

export const SPEC_STATUSES = ['disclosed', 'secondary', 'estimate', 'not-disclosed'] as const;
export const SPEC_STATUS_LABELS: Record<(typeof SPEC_STATUSES)[number], string> = {
	disclosed: 'Published by the developer',
	secondary: 'Reported by secondary sources',
	estimate: 'Third-party estimate',
	'not-disclosed': 'Not disclosed',
};

/** A spec value: a count (tokens, parameters), a date, a list of words, or a short text. */
const SpecValueSchema = z.union(
	[z.number().nonnegative(), IsoDateSchema, z.array(TextSchema).min(1), TextSchema],
	{
		error: 'expected a number, a YYYY-MM-DD date, a list of words, or a short text',
	},
);

export function createSpecSchema(context: SchemaContext) {
	const locators = z
		.array(createLocatorSchema(context), {
			error: 'expected a list of source locators, e.g. [{ source: o3-mini-system-card }]',
		})
		.min(1, { error: 'expected at least one source locator' });
	const reported = strictObject({
		value: SpecValueSchema,
		unit: TextSchema.optional(),
		status: z.enum(['disclosed', 'secondary', 'estimate']),
		sources: locators,
		note: TextSchema.optional(),
	});
	return z
		.discriminatedUnion('status', [
			strictObject({ key: z.enum(SPEC_KEYS), ...reported.shape }),
			strictObject({
				key: z.enum(SPEC_KEYS),
				status: z.literal('not-disclosed'),
				/** Where we looked: the sources that would have said it. */
				sources: locators,
				/** What others report or estimate, shown next to "not disclosed". */
				reports: z.array(reported).optional(),
				note: TextSchema.optional(),
			}),
		])
		.superRefine((spec, ctx) => {
			// A release date is the one spec whose value must be a date, not a count or a word.
			if (spec.key !== 'release-date') return;
			const values =
				spec.status === 'not-disclosed'
					? (spec.reports ?? []).map((report, index) => ({
							value: report.value,
							path: ['reports', index, 'value'],
						}))
					: [{ value: spec.value, path: ['value'] }];
			for (const { value, path } of values) {
				if (typeof value !== 'string' || !isFullDate(value)) {
					ctx.addIssue({
						code: 'custom',
						path,
						input: value,
						message: 'expected a release date written YYYY-MM-DD, a real calendar day',
					});
				}
			}
		});
}
export type Spec = z.output<ReturnType<typeof createSpecSchema>>;

export function createModelSchema(context: SchemaContext, registry: Registry = defaultRegistry) {
	return strictObject({
		/** Name as the publisher writes it. */
		name: NameSchema,
		/** A publisher id from the framework registry (`src/frameworks/publishers/`). */
		publisher: z.enum(
			registry.publishers.map((publisher) => publisher.id) as [string, ...string[]],
		),
		/** One line on what the model is, in our words. */
		summary: TextSchema,
		/** Other names the model appears under in cards (e.g. a snapshot name). */
		aliases: z.array(TextSchema).default([]),
		specs: z
			.array(createSpecSchema(context))
			.default([])
			.superRefine((specs, ctx) => {
				specs.forEach((spec, index) => {
					const first = specs.findIndex((other) => other.key === spec.key);
					if (first !== index)
						ctx.addIssue({
							code: 'custom',
							path: [index, 'key'],
							input: spec.key,
							message: `duplicate spec: specs[${first}] already gives ${spec.key}; one entry per spec, with every source in its list`,
						});
				});
			}),
	});
}
export type Model = z.output<ReturnType<typeof createModelSchema>>;
