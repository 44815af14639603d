/**
 * A card page's data, assembled once in TypeScript so the page only renders it (the route-data
 * pattern): its parent and addenda, evaluations, cited sources, anchors' aliases, scorecard,
 * citations and structured data. Also what the components placed in its MDX body read.
 */
import type { Framework } from '../frameworks/types.ts';
import type { Card } from '../schema/card.ts';
import type { Evaluation } from '../schema/evaluation.ts';
import type { Source } from '../schema/source.ts';
import { apiCardPath, cardPath, ratingAnchor } from './anchors.ts';
import type { Catalogue, Entry } from './catalogue.ts';
import { cardCitations } from './citation.ts';
import { frameworkPath, frameworkStatus } from './framework-pages.ts';
import { unratedCategories, type RatingFact } from './rating-facts.ts';
import { referencedIds } from './references.ts';
import { restatementLinks, type RestatementLink } from './restatements.ts';
import { cardFilters } from './search-records.ts';
import { cardJsonLd } from './structured-data.ts';

export interface CardPageContext {
	cardId: string;
	evaluations: ReadonlyMap<string, Evaluation>;
	modelName: (id: string) => string;
	source: (id: string) => Source | undefined;
	/** Old anchor ids that now land on the given anchor (from the card's `anchorAliases`). */
	aliasesOf: (anchorId: string) => string[];
	/** The text of a prose heading, by id, for its anchor's label. */
	headingText: (id: string) => string | undefined;
	/** For one of the card's evaluations, the links from each result to the same figure elsewhere. */
	restatementsOf: (evaluationId: string) => (resultIndex: number) => readonly RestatementLink[];
}

/** Inverts `{ old: new }` into a lookup from an anchor to the old ids that must still reach it. */
export function aliasLookup(
	aliases: Readonly<Record<string, string>>,
): (anchorId: string) => string[] {
	const byTarget = new Map<string, string[]>();
	for (const [from, to] of Object.entries(aliases))
		byTarget.set(to, [...(byTarget.get(to) ?? []), from]);
	return (anchorId) => byTarget.get(anchorId) ?? [];
}

/** `o3-mini/personqa` → `personqa`, for the evaluations of one card. */
export function evaluationsOfCard<T extends { id: string; data: Evaluation }>(
	cardId: string,
	entries: readonly T[],
): Map<string, Evaluation> {
	const prefix = `${cardId}/`;
	return new Map(
		entries
			.filter((entry) => entry.id.startsWith(prefix))
			.map((entry) => [entry.id.slice(prefix.length), entry.data]),
	);
}

/** Every source a card page cites, the card's own list first, so each locator's link has a target. */
export function sourcesCitedByCard(
	card: { sources: unknown },
	evaluations: ReadonlyMap<string, Evaluation>,
	models: readonly unknown[],
): string[] {
	return referencedIds('sources', [card.sources, card, [...evaluations.values()], models]);
}

export interface Scorecard {
	framework: Framework;
	frameworkHref: string;
	columns: string[];
	/** Category ratings in the framework's category order (the card's order within a category). */
	ratings: RatingFact[];
	/** Categories without a rating, with their anchors. */
	unrated: Array<{ category: string; label: string; anchor: string }>;
	/** The card-level determination, if any. */
	cardLevel: RatingFact[];
}

export function scorecardOf(catalogue: Catalogue, card: Entry<Card>): Scorecard | undefined {
	const { registry } = catalogue;
	const framework = registry.find(card.data.framework);
	if (!framework) return undefined;
	const order = framework.categories.map((category) => category.id);
	const facts = catalogue.ratings.filter((fact) => fact.cardId === card.id);
	const inCard = (fact: RatingFact) =>
		card.data.ratings.indexOf(fact.rating as Card['ratings'][number]);
	return {
		framework,
		frameworkHref: frameworkPath(framework.id),
		columns: registry.adapterOf(framework).columns(framework),
		ratings: facts
			.filter((fact) => fact.category !== undefined)
			.sort(
				(a, b) => order.indexOf(a.category!) - order.indexOf(b.category!) || inCard(a) - inCard(b),
			),
		unrated: unratedCategories(registry, card.data).map((category) => ({
			category,
			label: registry.categoryLabel(framework, category),
			anchor: ratingAnchor(category),
		})),
		cardLevel: facts.filter((fact) => fact.category === undefined),
	};
}

/** Everything the card page renders besides its MDX body; `headings` come from rendering it. */
export function cardPageData(
	catalogue: Catalogue,
	card: Entry<Card>,
	headings: ReadonlyArray<{ depth: number; slug: string; text: string }>,
	site: URL | undefined,
) {
	const { data } = card;
	const { registry } = catalogue;
	const evaluations = catalogue.evaluationsOf(card.id);
	const parent = data.parent ? catalogue.card(data.parent.id) : undefined;
	const publisherName = registry.publisher(data.publisher).name;
	const pageUrl = new URL(cardPath(card.id), site).href;
	const headingText = new Map(headings.map((heading) => [heading.slug, heading.text]));
	const aliasesOf = aliasLookup(data.anchorAliases);
	const framework = registry.find(data.framework);
	const context: CardPageContext = {
		cardId: card.id,
		evaluations,
		modelName: catalogue.modelName,
		source: catalogue.source,
		aliasesOf,
		headingText: (id) => headingText.get(id),
		restatementsOf: (evaluationId) => (resultIndex) =>
			restatementLinks(catalogue).get(`${card.id}/${evaluationId}#${resultIndex}`) ?? [],
	};
	return {
		context,
		publisherName,
		frameworkStatus: frameworkStatus(registry, data),
		frameworkHref: framework ? frameworkPath(framework.id) : undefined,
		parent,
		addenda: catalogue.cards.filter((candidate) => candidate.data.parent?.id === card.id),
		filters: cardFilters(data, catalogue.modelName),
		usedSources: sourcesCitedByCard(
			data,
			evaluations,
			data.models.map((model) => catalogue.model(model.id)),
		),
		scorecard: scorecardOf(catalogue, card),
		citations: cardCitations(card.id, data, publisherName, pageUrl),
		jsonLd: cardJsonLd(data, publisherName, pageUrl, new URL(apiCardPath(card.id), site).href),
		toc: headings.filter((heading) => heading.depth === 2 || heading.depth === 3),
	};
}
