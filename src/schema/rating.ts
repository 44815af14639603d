/**
 * Ratings as a card reports them. Their shape is the card's framework's business: the registry
 * names the framework's scoring kind, and that kind's adapter builds the rating schema from the
 * fields every rating shares (below) and its own. So a rating with a category or level from another
 * framework, or in another framework's shape, cannot validate.
 */
import { z } from 'astro/zod';
import { quoted } from '../frameworks/ladder.ts';
import { registry as defaultRegistry, type Registry } from '../frameworks/registry.ts';
import type {
	AuthoredCardLevel,
	AuthoredRating,
	CommonRatingFields,
	Framework,
} from '../frameworks/types.ts';
import { createLocatorSchema } from './source.ts';
import { IsoDateSchema, TextSchema } from './shared.ts';
import type { SchemaContext } from './reference.ts';

export type Rating = AuthoredRating;
export type CardLevelRating = AuthoredCardLevel;

/** The categories a card can rate under a framework: its tracked ones. */
export const ratedCategories = (framework: Framework): string[] =>
	framework.categories
		.filter((category) => category.role === 'tracked')
		.map((category) => category.id);

export function commonRatingFields(
	framework: Framework,
	context: SchemaContext,
): CommonRatingFields {
	const categories = ratedCategories(framework) as [string, ...string[]];
	return {
		category: z.enum(categories, {
			error: `expected a ${framework.shortName} ${framework.categoryNoun}: ${quoted(categories)}`,
		}),
		/** Models the rating applies to; all of the card's models when omitted. */
		models: z.array(context.reference('models')).min(1).optional(),
		locator: createLocatorSchema(context),
		/** Nuance the level alone does not carry, in our words. */
		note: TextSchema.optional(),
		/**
		 * The date of the card version that gives this rating, when a card with revisions rates a
		 * model again: views sort ratings by it, newest first.
		 */
		asOf: IsoDateSchema.optional(),
	};
}

/** One rating under `framework`, in its scoring kind's shape. */
export function createRatingSchema(
	framework: Framework,
	context: SchemaContext,
	registry: Registry = defaultRegistry,
): z.ZodType {
	return registry
		.adapterOf(framework)
		.ratingSchema(framework, commonRatingFields(framework, context));
}

/** The card-level determination under `framework`, if its scoring kind has one. */
export function createCardLevelSchema(
	framework: Framework,
	context: SchemaContext,
	registry: Registry = defaultRegistry,
): z.ZodType | undefined {
	const { models, locator, note, asOf } = commonRatingFields(framework, context);
	return registry
		.adapterOf(framework)
		.cardLevel?.schema(framework, { models, locator, note, asOf });
}
