/**
 * A system card (or addendum, or update): its metadata, the models it covers, the framework it was
 * rated under, and the ratings themselves. Prose is the MDX body; evaluations are entries of their
 * own collection that point back at the card.
 */
import { z } from 'astro/zod';
import { createV1OverallSchema, createV1RatingSchema, createV2RatingSchema } from './rating.ts';
import { PUBLISHERS } from './model.ts';
import { AnchorIdSchema, HttpUrlSchema, IdSchema, IsoDateSchema, PartialDateSchema, TextSchema, isFullDate, isPartialDate, strictObject } from './shared.ts';
import type { SchemaContext } from './reference.ts';

export const CARD_KINDS = ['system-card', 'addendum', 'update'] as const;
export type CardKind = (typeof CARD_KINDS)[number];
export const CARD_KIND_LABELS: Record<CardKind, string> = {
	'system-card': 'System card',
	addendum: 'Addendum',
	update: 'Update',
};

export const CARD_KIND_PLURALS: Record<CardKind, string> = {
	'system-card': 'System cards',
	addendum: 'Addenda',
	update: 'Updates',
};

/** `full`: every recovered table is on the page; `headline`: metadata and headline ratings only. */
export const COVERAGES = ['full', 'headline'] as const;
export type Coverage = (typeof COVERAGES)[number];
export const COVERAGE_LABELS: Record<Coverage, string> = {
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
		/** As precisely as the sources give it; a month, a year or "unknown" needs `publishedNote`. */
		published: PartialDateSchema,
		/** Why the date is imprecise, or where sources disagree on it, in our words. */
		publishedNote: TextSchema.optional(),
		/** Later versions of the document, oldest first. */
		revisions: z
			.array(strictObject({ date: IsoDateSchema.optional(), summary: TextSchema, source: context.reference('sources').optional() }))
			.default([]),
		models: z.array(context.reference('models')).min(1, { error: 'expected at least one model' }),
		/** The publisher's page for the card; omitted only when no source we hold gives it. */
		officialUrl: HttpUrlSchema.optional(),
		/** Documents the card's figures are taken from, official first. */
		sources: z.array(context.reference('sources')).min(1, { error: 'expected at least one source' }),
		coverage: z.enum(COVERAGES),
		/**
		 * Set when the card's existence rests on sources we could not check against the publisher:
		 * why. The page and the index flag such entries.
		 */
		unverified: TextSchema.optional(),
		/**
		 * Anchors that were renamed, `{ old-id: new-id }`: links to the old id keep landing on the new
		 * one. The anchor lock test requires one for every anchor a build would otherwise drop.
		 */
		anchorAliases: z.record(AnchorIdSchema, AnchorIdSchema).default({}),
		/** Earlier ids of this card; each old URL becomes a page that redirects here. */
		formerIds: z.array(IdSchema).default([]),
		/**
		 * Ids of the prose headings that describe the card's safeguards and mitigations. An addendum's
		 * page lists its own and its parent's side by side; a link to a heading that does not exist
		 * fails the build.
		 */
		safeguardSections: z.array(AnchorIdSchema).default([]),
	};
	/** Why ratings are missing or partial (e.g. none was recovered), shown on the scorecard. */
	const ratingsNote = TextSchema.optional();

	return z
		.discriminatedUnion(
			'framework',
			[
				strictObject({
					...base,
					framework: z.literal('pf-v1'),
					ratings: z.array(createV1RatingSchema(context)).default([]),
					overall: createV1OverallSchema(context).optional(),
					ratingsNote,
				}),
				strictObject({
					...base,
					framework: z.literal('pf-v2'),
					ratings: z.array(createV2RatingSchema(context)).default([]),
					ratingsNote,
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
			// A malformed date has its own error already; the rules below are about well-formed ones.
			const datePrecisionKnown = isPartialDate(card.published);
			if (datePrecisionKnown && !isFullDate(card.published) && !card.publishedNote) {
				ctx.addIssue({ code: 'custom', path: ['publishedNote'], input: undefined, message: `expected a note saying why the date is "${card.published}" and not a full YYYY-MM-DD date` });
			}
			if (datePrecisionKnown && card.coverage === 'full' && !isFullDate(card.published)) {
				ctx.addIssue({ code: 'custom', path: ['published'], input: card.published, message: 'expected a full YYYY-MM-DD date: a card with full coverage has its document in hand' });
			}
			if (card.framework === 'none') return;
			if (card.framework === 'pf-v1' && card.coverage === 'full') {
				// A level without its pre/post split is a headline summary; a full card has the scorecard itself.
				const ratings: Array<{ rating: { level?: unknown; preMitigation?: unknown }; path: (string | number)[] }> = card.ratings.map((rating, index) => ({ rating, path: ['ratings', index] }));
				if (card.overall) ratings.push({ rating: card.overall, path: ['overall'] });
				for (const { rating, path } of ratings) {
					if (rating.level !== undefined && rating.preMitigation === undefined) {
						ctx.addIssue({ code: 'custom', path: [...path, 'level'], input: rating.level, message: 'expected preMitigation and postMitigation: a level without the pre/post split is allowed only on cards with coverage "headline"' });
					}
				}
			}
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
