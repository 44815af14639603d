/**
 * A system card (or addendum, or update): its metadata, the models it covers, the framework it was
 * rated under, and the ratings themselves. Prose is the MDX body; evaluations are entries of their
 * own collection that point back at the card.
 */
import { z } from 'astro/zod';
import {
	NO_FRAMEWORK,
	registry as defaultRegistry,
	type Registry,
} from '../frameworks/registry.ts';
import {
	createCardLevelSchema,
	createRatingSchema,
	type CardLevelRating,
	type Rating,
} from './rating.ts';
import {
	AnchorIdSchema,
	HttpUrlSchema,
	IdSchema,
	isFullDate,
	IsoDateSchema,
	isPartialDate,
	NameSchema,
	PartialDateSchema,
	strictObject,
	TextSchema,
	isInTheFuture,
	today,
	UNKNOWN_DATE,
} from './shared.ts';
import type { SchemaContext } from './reference.ts';

/**
 * `report`: a document that is not a card but carries a lab's frontier-safety findings or the tables
 * a card relies on, such as a technical report or a standalone framework report.
 */
export const CARD_KINDS = ['system-card', 'addendum', 'update', 'report'] as const;
export type CardKind = (typeof CARD_KINDS)[number];
export const CARD_KIND_LABELS: Record<CardKind, string> = {
	'system-card': 'System card',
	addendum: 'Addendum',
	update: 'Update',
	report: 'Report',
};

export const CARD_KIND_PLURALS: Record<CardKind, string> = {
	'system-card': 'System cards',
	addendum: 'Addenda',
	update: 'Updates',
	report: 'Reports',
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

function createBaseShape(context: SchemaContext, registry: Registry) {
	return {
		title: NameSchema,
		/** One or two sentences on what the card covers, in our words. */
		summary: TextSchema,
		kind: z.enum(CARD_KINDS),
		/** The card this one extends; required for addenda and updates. */
		parent: context.reference('cards').optional(),
		publisher: z.enum(
			registry.publishers.map((publisher) => publisher.id) as [string, ...string[]],
		),
		/** As precisely as the sources give it; a month, a year or "unknown" needs `publishedNote`. */
		published: PartialDateSchema,
		/** Why the date is imprecise, or where sources disagree on it, in our words. */
		publishedNote: TextSchema.optional(),
		/** Later versions of the document, oldest first. */
		revisions: z
			.array(
				strictObject({
					date: IsoDateSchema.optional(),
					summary: TextSchema,
					source: context.reference('sources').optional(),
				}),
			)
			.default([]),
		models: z.array(context.reference('models')).min(1, { error: 'expected at least one model' }),
		/** The publisher's page for the card; omitted only when no source we hold gives it. */
		officialUrl: HttpUrlSchema.optional(),
		/** Documents the card's figures are taken from, official first. */
		sources: z
			.array(context.reference('sources'))
			.min(1, { error: 'expected at least one source' }),
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
}

type CardBase = z.output<z.ZodObject<ReturnType<typeof createBaseShape>>>;

/** A validated card. A card under no framework has no ratings. */
export interface Card extends CardBase {
	/** A framework id from the registry, or "none". */
	framework: string;
	ratings: Rating[];
	/** The card-level determination, where the framework's scoring kind has one. */
	overall?: CardLevelRating | CardLevelRating[];
	/** Why ratings are missing or partial (e.g. none was recovered), shown on the scorecard. */
	ratingsNote?: string;
}

/**
 * One union arm per framework in the registry, each with its scoring kind's rating schema, and one
 * for cards rated under none.
 */
export function createCardSchema(
	context: SchemaContext,
	registry: Registry = defaultRegistry,
): z.ZodType<Card> {
	const base = createBaseShape(context, registry);
	const ratingsNote = TextSchema.optional();
	const arms = registry.frameworks.map((framework) => {
		const cardLevel = createCardLevelSchema(framework, context, registry);
		return strictObject({
			...base,
			framework: z.literal(framework.id),
			ratings: z.array(createRatingSchema(framework, context, registry)).default([]),
			...(cardLevel ? { overall: cardLevel.optional() } : {}),
			ratingsNote,
		});
	});
	const ids = registry.cardFrameworkIds.map((id) => `"${id}"`);
	const schema = z
		.discriminatedUnion(
			'framework',
			[...arms, strictObject({ ...base, framework: z.literal(NO_FRAMEWORK) })] as unknown as [
				z.ZodObject,
				...z.ZodObject[],
			],
			{
				error: `expected a framework: ${ids.length > 1 ? `${ids.slice(0, -1).join(', ')} or ${ids.at(-1)}` : ids[0]}`,
			},
		)
		.superRefine((data, ctx) => {
			const card = data as unknown as Card;
			const issue = (path: PropertyKey[], input: unknown, message: string) =>
				ctx.addIssue({ code: 'custom', path, input, message });
			const needsParent = KINDS_WITH_PARENT.includes(card.kind);
			if (needsParent && !card.parent)
				issue(['parent'], undefined, `expected the id of the card this ${card.kind} extends`);
			if (!needsParent && card.parent)
				issue(
					['parent'],
					card.parent.id,
					`expected no parent: only ${KINDS_WITH_PARENT.join(' and ')} cards have one`,
				);
			// A malformed date has its own error already; the rules below are about well-formed ones.
			const datePrecisionKnown = isPartialDate(card.published);
			if (datePrecisionKnown && !isFullDate(card.published) && !card.publishedNote) {
				issue(
					['publishedNote'],
					undefined,
					`expected a note saying why the date is "${card.published}" and not a full YYYY-MM-DD date`,
				);
			}
			if (datePrecisionKnown && card.coverage === 'full' && !isFullDate(card.published)) {
				issue(
					['published'],
					card.published,
					'expected a full YYYY-MM-DD date: a card with full coverage has its document in hand',
				);
			}
			if (datePrecisionKnown && isInTheFuture(card.published)) {
				issue(
					['published'],
					card.published,
					`expected a date no later than today (${today()}): a card is listed once it is published`,
				);
			}
			card.revisions.forEach((revision, index) => {
				if (!revision.date) return;
				if (isInTheFuture(revision.date))
					issue(
						['revisions', index, 'date'],
						revision.date,
						`expected a date no later than today (${today()})`,
					);
				if (
					datePrecisionKnown &&
					card.published !== UNKNOWN_DATE &&
					revision.date.slice(0, card.published.length) < card.published
				) {
					issue(
						['revisions', index, 'date'],
						revision.date,
						`expected a date on or after the card's own (${card.published}): a revision comes after what it revises`,
					);
				}
			});
			const modelIds = card.models.map((model) => model.id);
			modelIds.forEach((id, index) => {
				if (modelIds.indexOf(id) !== index)
					issue(
						['models', index],
						id,
						`duplicate model: models[${modelIds.indexOf(id)}] already names it`,
					);
			});
			const framework = registry.find(card.framework);
			if (!framework) return;
			registry
				.adapterOf(framework)
				.refineCard?.(
					{ coverage: card.coverage, ratings: card.ratings ?? [], overall: card.overall },
					framework,
					issue,
				);
			const versions = [
				card.published,
				...card.revisions.flatMap((revision) => (revision.date ? [revision.date] : [])),
			];
			const seen = new Map<string, number>();
			(card.ratings ?? []).forEach((rating, index) => {
				// The same models in another order are the same models.
				const key = `${rating.category}/${(rating.models ?? [])
					.map((model) => model.id)
					.sort()
					.join(',')}`;
				if (seen.has(key))
					issue(
						['ratings', index, 'category'],
						rating.category,
						`duplicate rating: ratings[${seen.get(key)}] already rates this category for the same models`,
					);
				seen.set(key, index);
				if (rating.asOf !== undefined && !versions.includes(rating.asOf)) {
					issue(
						['ratings', index, 'asOf'],
						rating.asOf,
						`expected the date of one of the card's versions: ${versions.map((date) => `"${date}"`).join(', ')}`,
					);
				}
			});
		})
		// Every card has a list of ratings, empty under no framework, so views need not ask.
		.transform((card) => ({ ratings: [], ...card }));
	return schema as unknown as z.ZodType<Card>;
}
