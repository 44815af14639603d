/**
 * Every rating of every card as one list of facts, computed once: the risk explorer, model and
 * compare pages, parent comparison, search records, the API and the feeds are all views of it. A
 * fact carries what each of those needs, so none walks the cards again: the framework, the models
 * it covers, its anchor and link, its normalised view, and where it comes from.
 */
import type { Registry } from '../frameworks/registry.ts';
import type { Framework, RatingView } from '../frameworks/types.ts';
import type { Card } from '../schema/card.ts';
import type { CardLevelRating, Rating } from '../schema/rating.ts';
import { ratedCategories } from '../schema/rating.ts';
import type { Source } from '../schema/source.ts';
import { cardPath, ratingAnchor, sourceAnchor } from './anchors.ts';
import { compareDates } from './card-list.ts';

/** How far a rating's source is from the publisher: the kind of the source its locator names. */
export type RatingBasis = Source['kind'];

export interface RatingFact {
	cardId: string;
	card: Card;
	framework: Framework;
	/** The category rated; undefined for the card-level determination. */
	category?: string;
	/** The category's label, or the card level's ("Overall"). */
	subject: string;
	/** As the card writes it (references resolved to `{ id, collection }`). */
	rating: Rating | CardLevelRating;
	/** The models the rating names, when it names only some of the card's. */
	scopeModelIds?: string[];
	/** Every model the rating covers. */
	modelIds: string[];
	/** The rating's anchor on its card page. */
	anchor: string;
	href: string;
	/** The date of the card version that gives it: newest facts come first. */
	asOf: string;
	view: RatingView;
	basis: RatingBasis;
	source: { id: string; title: string; href: string };
}

type Entry<T> = { id: string; data: T };

const asList = (value: Card['overall']): CardLevelRating[] =>
	value === undefined ? [] : Array.isArray(value) ? value : [value];

/** The facts of every card, newest first; a card's own facts keep the card's order. */
export function flattenRatings(
	cards: ReadonlyArray<Entry<Card>>,
	sourceOf: (id: string) => Source | undefined,
	registry: Registry,
): RatingFact[] {
	const facts: RatingFact[] = [];
	for (const { id: cardId, data: card } of cards) {
		const framework = registry.find(card.framework);
		if (!framework) continue;
		const adapter = registry.adapterOf(framework);
		const fact = (
			rating: Rating | CardLevelRating,
			category: string | undefined,
			subject: string,
		): RatingFact => {
			const scopeModelIds = rating.models?.map((model) => model.id);
			const anchor = ratingAnchor(category ?? 'overall', scopeModelIds);
			const sourceId = rating.locator.source.id;
			const source = sourceOf(sourceId);
			return {
				cardId,
				card,
				framework,
				...(category === undefined ? {} : { category }),
				subject,
				rating,
				...(scopeModelIds ? { scopeModelIds } : {}),
				modelIds: scopeModelIds ?? card.models.map((model) => model.id),
				anchor,
				href: `${cardPath(cardId)}#${anchor}`,
				asOf: rating.asOf ?? card.published,
				view: adapter.view(rating, framework, subject),
				basis: source?.kind ?? 'official',
				source: {
					id: sourceId,
					title: source?.title ?? sourceId,
					href: source?.url ?? `${cardPath(cardId)}#${sourceAnchor(sourceId)}`,
				},
			};
		};
		for (const rating of card.ratings)
			facts.push(fact(rating, rating.category, registry.categoryLabel(framework, rating.category)));
		if (adapter.cardLevel)
			for (const rating of asList(card.overall))
				facts.push(fact(rating, undefined, adapter.cardLevel.label));
	}
	// Newest first by the version that gives each rating; ties keep card and rating order, with
	// cards by title so the order never depends on load order.
	const order = new Map(
		[...cards]
			.sort((a, b) => a.data.title.localeCompare(b.data.title))
			.map((card, index) => [card.id, index]),
	);
	return facts
		.map((entry, index) => ({ entry, index }))
		.sort(
			(a, b) =>
				compareDates(a.entry.asOf, b.entry.asOf, 'newest') ||
				order.get(a.entry.cardId)! - order.get(b.entry.cardId)! ||
				a.index - b.index,
		)
		.map(({ entry }) => entry);
}

/** Facts about categories, without card-level determinations. */
export const categoryFacts = (facts: readonly RatingFact[]): RatingFact[] =>
	facts.filter((fact) => fact.category !== undefined);

/** Rated categories of the card's framework it gives no rating for: shown as not recovered. */
export function unratedCategories(
	registry: Registry,
	card: Pick<Card, 'framework' | 'ratings'>,
): string[] {
	const framework = registry.find(card.framework);
	if (!framework) return [];
	const rated = new Set(card.ratings.map((rating) => rating.category));
	return ratedCategories(framework).filter((category) => !rated.has(category));
}
