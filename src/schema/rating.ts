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

/**
 * A v1 score is a pair of levels, before and after mitigations. Catalogue sources often give one
 * level without saying which it is; that is kept as `level` alone rather than copied into both
 * (which would state a split nobody reported). Which shapes a card may use is the card's rule.
 */
const v1Levels = {
	/** Level of the model before safety mitigations (the worst known case). */
	preMitigation: v1Level.optional(),
	/** Level after mitigations; v1 gates deployment and development on this one. */
	postMitigation: v1Level.optional(),
	/** The one level a source reports when it does not say whether it is pre- or post-mitigation. */
	level: v1Level.optional(),
};

type V1LevelFields = { preMitigation?: unknown; postMitigation?: unknown; level?: unknown };

function requireOneLevelShape(levels: V1LevelFields, ctx: z.core.$RefinementCtx<V1LevelFields>) {
	const hasPair = levels.preMitigation !== undefined || levels.postMitigation !== undefined;
	if (levels.level !== undefined && hasPair) {
		ctx.addIssue({ code: 'custom', path: ['level'], input: levels.level, message: 'expected either `level` or preMitigation and postMitigation, not both' });
		return;
	}
	if (levels.level !== undefined) return;
	for (const key of ['preMitigation', 'postMitigation'] as const) {
		if (levels[key] === undefined) {
			ctx.addIssue({ code: 'custom', path: [key], input: undefined, message: `expected ${key}: a v1 rating gives both preMitigation and postMitigation levels (${quoted(V1_LEVELS)}), or a single \`level\` when the source does not say which it is` });
		}
	}
}

export function createV1RatingSchema(context: SchemaContext) {
	return strictObject({
		category: z.enum(V1_CATEGORIES, {
			error: `expected a Preparedness Framework v1 category: ${quoted(V1_CATEGORIES)}`,
		}),
		...v1Levels,
		/** Models the rating applies to; all of the card's models when omitted. */
		models: z.array(context.reference('models')).min(1).optional(),
		locator: createLocatorSchema(context),
		/** Nuance the level alone does not carry, in our words. */
		note: TextSchema.optional(),
	}).superRefine(requireOneLevelShape);
}

export function createV1OverallSchema(context: SchemaContext) {
	return strictObject({
		...v1Levels,
		locator: createLocatorSchema(context),
		note: TextSchema.optional(),
	}).superRefine(requireOneLevelShape);
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

