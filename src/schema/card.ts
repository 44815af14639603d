/**
 * A system card (or addendum, or update): its metadata, the models it covers, the framework it was
 * rated under, and the ratings themselves. Prose is the MDX body; evaluations are entries of their
 * own collection that point back at the card.
 */
import { z } from 'astro/zod';
import { createV1OverallSchema, createV1RatingSchema, createV2RatingSchema } from './rating.ts';
import { PUBLISHERS } from './model.ts';
import { HttpUrlSchema, IsoDateSchema, TextSchema, strictObject } from './shared.ts';
import type { SchemaContext } from './reference.ts';

export const CARD_KINDS = ['system-card', 'addendum', 'update'] as const;
export type CardKind = (typeof CARD_KINDS)[number];
export const CARD_KIND_LABELS: Record<CardKind, string> = {
	'system-card': 'System card',
	addendum: 'Addendum',
	update: 'Update',
};

/** `full`: every recovered table is on the page; `headline`: metadata and headline ratings only. */
export const COVERAGES = ['full', 'headline'] as const;
export const COVERAGE_LABELS: Record<(typeof COVERAGES)[number], string> = {
	full: 'Full',
	headline: 'Headline only',
};

/** Card kinds that extend another card, and so must name it. */
const KINDS_WITH_PARENT: readonly CardKind[] = ['addendum', 'update'];

export function createCardSchema(context: SchemaContext) {
	const base = {
		title: TextSchema,
		/** One or two sentences on what the card covers, in our words. */
		summary: TextSchema,
		kind: z.enum(CARD_KINDS),
		/** The card this one extends; required for addenda and updates. */
		parent: context.reference('cards').optional(),
		publisher: z.enum(PUBLISHERS),
		published: IsoDateSchema,
		/** Later versions of the document, oldest first. */
		revisions: z
			.array(strictObject({ date: IsoDateSchema.optional(), summary: TextSchema, source: context.reference('sources').optional() }))
			.default([]),
		models: z.array(context.reference('models')).min(1, { error: 'expected at least one model' }),
		/** The publisher's page for the card. */
		officialUrl: HttpUrlSchema,
		/** Documents the card's figures are taken from, official first. */
		sources: z.array(context.reference('sources')).min(1, { error: 'expected at least one source' }),
		coverage: z.enum(COVERAGES),
	};

	return z
		.discriminatedUnion(
			'framework',
			[
				strictObject({
					...base,
					framework: z.literal('pf-v1'),
					ratings: z.array(createV1RatingSchema(context)).default([]),
					overall: createV1OverallSchema(context).optional(),
				}),
				strictObject({
					...base,
					framework: z.literal('pf-v2'),
					ratings: z.array(createV2RatingSchema(context)).default([]),
				}),
				strictObject({ ...base, framework: z.literal('none') }),
			],
			{ error: 'expected a framework: "pf-v1", "pf-v2" or "none"' },
		)
		.superRefine((card, ctx) => {
			const needsParent = KINDS_WITH_PARENT.includes(card.kind);
			if (needsParent && !card.parent) {
				ctx.addIssue({ code: 'custom', path: ['parent'], input: undefined, message: `expected the id of the card this ${card.kind} extends` });
			}
			if (!needsParent && card.parent) {
				ctx.addIssue({ code: 'custom', path: ['parent'], input: card.parent.id, message: `expected no parent: only ${KINDS_WITH_PARENT.join(' and ')} cards have one` });
			}
			if (card.framework === 'none') return;
			const seen = new Map<string, number>();
			card.ratings.forEach((rating, index) => {
				const key = `${rating.category}/${(rating.models ?? []).map((model) => model.id).join(',')}`;
				if (seen.has(key)) {
					ctx.addIssue({ code: 'custom', path: ['ratings', index, 'category'], input: rating.category, message: `duplicate rating: ratings[${seen.get(key)}] already rates this category for the same models` });
				}
				seen.set(key, index);
			});
		});
}
export type Card = z.output<ReturnType<typeof createCardSchema>>;
export type CardInput = z.input<ReturnType<typeof createCardSchema>>;
export type Rating = Extract<Card, { framework: 'pf-v1' | 'pf-v2' }>['ratings'][number];
