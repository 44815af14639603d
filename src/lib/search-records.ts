/**
 * What search knows about cards, models and ratings. The card page and the rating records share one
 * set of filter names, so "category: CBRN" narrows pages and ratings alike. Values are display
 * labels, because Pagefind shows filter values to readers as they are.
 */
import { registry } from '../frameworks/registry.ts';
import { CARD_KIND_LABELS, COVERAGE_LABELS, type Card } from '../schema/card.ts';
import type { Model } from '../schema/model.ts';
import { SOURCE_KIND_LABELS } from '../schema/source.ts';
import { modelPath } from './anchors.ts';
import { categoryFacts, type RatingFact } from './rating-facts.ts';

/** Filter names, in the order the search page shows them. */
export const SEARCH_FILTERS = [
	'type',
	'category',
	'at_least',
	'level',
	'framework',
	'model',
	'card',
	'kind',
	'publisher',
	'coverage',
] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export const SEARCH_FILTER_LABELS: Record<SearchFilter, string> = {
	type: 'Result type',
	category: 'Risk category',
	at_least: 'Rated at least',
	level: 'Rating',
	framework: 'Framework',
	model: 'Model',
	card: 'Card',
	kind: 'Card kind',
	publisher: 'Publisher',
	coverage: 'Coverage',
};

/** Search result types, shown on each result and offered as the first filter. */
export const RESULT_TYPES = { card: 'Card', rating: 'Rating', model: 'Model' } as const;

/** A rating as a Pagefind custom record: its own result, at the rating's anchor. */
export interface SearchRatingRecord {
	url: string;
	content: string;
	language: 'en';
	meta: Record<string, string>;
	filters: Partial<Record<SearchFilter, string[]>>;
}

type ModelNames = (id: string) => string;

/** Filters every page of a card carries (the page is one result; its ratings are others). */
function cardFacets(card: Card): Partial<Record<SearchFilter, string[]>> {
	return {
		card: [card.title],
		kind: [CARD_KIND_LABELS[card.kind]],
		publisher: [registry.publisher(card.publisher).name],
		coverage: [COVERAGE_LABELS[card.coverage]],
	};
}

/** Filters a card page carries. */
export function cardFilters(
	card: Card,
	modelName: ModelNames,
): Partial<Record<SearchFilter, string[]>> {
	const framework = registry.find(card.framework);
	return {
		type: [RESULT_TYPES.card],
		...cardFacets(card),
		framework: [registry.frameworkLabel(card.framework)],
		model: card.models.map((model) => modelName(model.id)),
		...(framework && card.ratings.length > 0
			? {
					category: [
						...new Set(
							card.ratings.map((rating) => registry.categoryLabel(framework, rating.category)),
						),
					],
				}
			: {}),
	};
}

/** Filters a model page carries, so a search for a model finds its page as well as its cards. */
export function modelFilters(
	model: Pick<Model, 'name' | 'publisher'>,
): Partial<Record<SearchFilter, string[]>> {
	return {
		type: [RESULT_TYPES.model],
		model: [model.name],
		publisher: [registry.publisher(model.publisher).name],
	};
}

/**
 * One search record per category rating, pointing at the rating's anchor. Its "at least" facets
 * are every level the rating counts as reaching, by its framework's scoring kind: a v1 rating
 * follows its post-mitigation level, the one the framework gates deployment on (or the single
 * level a headline source reports); a v2 rating the thresholds it meets.
 */
export function ratingRecords(
	facts: readonly RatingFact[],
	modelName: ModelNames,
): SearchRatingRecord[] {
	return categoryFacts(facts).map((fact) => {
		const models = fact.modelIds.map(modelName);
		const framework = fact.framework.shortName;
		return {
			url: fact.href,
			language: 'en',
			content:
				`${models.join(', ')} ${fact.subject} rating. ${fact.view.sentence} ${fact.rating.note ?? ''} From the ${fact.card.title}, rated under the ${framework}.`
					.replace(/\s+/g, ' ')
					.trim(),
			meta: {
				title: `${models.join(', ')}: ${fact.subject} ${fact.view.level.label}`,
				card: fact.card.title,
				framework,
				// Pagefind meta values are strings: the rated models' pages as JSON [name, path] pairs.
				model_pages: JSON.stringify(fact.modelIds.map((id) => [modelName(id), modelPath(id)])),
				// A rating not from the publisher's own document says so in search too, with its source.
				...(fact.basis === 'official'
					? {}
					: {
							basis: `${SOURCE_KIND_LABELS[fact.basis]} source`,
							source: fact.source.title,
							source_url: fact.source.href,
						}),
			},
			filters: {
				type: [RESULT_TYPES.rating],
				category: [fact.subject],
				level: fact.view.facetLevels,
				at_least: fact.view.atLeast,
				framework: [framework],
				model: models,
				...cardFacets(fact.card),
			},
		};
	});
}
