/**
 * Preparedness ratings as a card reports them. The shape depends on the card's framework version,
 * so the card schema picks one of these by its `framework` key: a v1 rating without both pre- and
 * post-mitigation levels, or a category or level from the other version, cannot validate.
 */
import { z } from 'astro/zod';
import {
	V1_CATEGORIES,
	V1_LEVELS,
	V2_CATEGORIES,
	V2_DETERMINATIONS,
} from './framework.ts';
import { createLocatorSchema } from './source.ts';
import { TextSchema, strictObject } from './shared.ts';
import type { SchemaContext } from './reference.ts';

const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

const v1Level = z.enum(V1_LEVELS, {
	error: `expected a Preparedness Framework v1 level: ${quoted(V1_LEVELS)}`,
});

export function createV1RatingSchema(context: SchemaContext) {
	return strictObject({
		category: z.enum(V1_CATEGORIES, {
			error: `expected a Preparedness Framework v1 category: ${quoted(V1_CATEGORIES)}`,
		}),
		/** Level of the model before safety mitigations (the worst known case). */
		preMitigation: v1Level,
		/** Level after mitigations; v1 gates deployment and development on this one. */
		postMitigation: v1Level,
		/** Models the rating applies to; all of the card's models when omitted. */
		models: z.array(context.reference('models')).min(1).optional(),
		locator: createLocatorSchema(context),
		/** Nuance the level alone does not carry, in our words. */
		note: TextSchema.optional(),
	});
}

export function createV1OverallSchema(context: SchemaContext) {
	return strictObject({
		preMitigation: v1Level,
		postMitigation: v1Level,
		locator: createLocatorSchema(context),
		note: TextSchema.optional(),
	});
}

export function createV2RatingSchema(context: SchemaContext) {
	return strictObject({
		category: z.enum(V2_CATEGORIES, {
			error: `expected a Preparedness Framework v2 Tracked Category: ${quoted(V2_CATEGORIES)}`,
		}),
		/** What the card determined for this category. */
		determination: z.enum(V2_DETERMINATIONS, {
			error: `expected a Preparedness Framework v2 determination: ${quoted(V2_DETERMINATIONS)}`,
		}),
		models: z.array(context.reference('models')).min(1).optional(),
		locator: createLocatorSchema(context),
		note: TextSchema.optional(),
	});
}

export type V1Rating = z.output<ReturnType<typeof createV1RatingSchema>>;
export type V2Rating = z.output<ReturnType<typeof createV2RatingSchema>>;
export type V1Overall = z.output<ReturnType<typeof createV1OverallSchema>>;

