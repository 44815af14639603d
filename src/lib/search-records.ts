/**
 * What search knows about cards and ratings. The card page and the rating records share one set of
 * filter names, so "category: CBRN" narrows pages and ratings alike. Values are display labels,
 * because Pagefind shows filter values to readers as they are.
 */
import {
	CATEGORY_LABELS,
	DETERMINATION_LABELS,
	FRAMEWORK_LABELS,
	LEVEL_LABELS,
	v1LevelsAtMost,
	v2ThresholdsMet,
} from '../schema/framework.ts';
import { CARD_KIND_LABELS, COVERAGE_LABELS, type Card } from '../schema/card.ts';
import { PUBLISHER_LABELS, type Model } from '../schema/model.ts';
import { cardPath, modelPath, ratingAnchor } from './anchors.ts';
import { ratingSentence, v1GatingLevel, v1Score } from './ratings.ts';

/** Filter names, in the order the search page shows them. */
export const SEARCH_FILTERS = ['type', 'category', 'at_least', 'level', 'framework', 'model', 'card', 'kind', 'publisher', 'coverage'] as const;
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

export interface RatingRecord {
	url: string;
	content: string;
	language: 'en';
	meta: Record<string, string>;
	filters: Partial<Record<SearchFilter, string[]>>;
}

type ModelNames = (id: string) => string;

/** Filters a card page carries (the page is one search result; its ratings are others). */
export function cardFilters(card: Card, modelName: ModelNames): Partial<Record<SearchFilter, string[]>> {
	const ratings = card.framework === 'none' ? [] : card.ratings;
	return {
		type: [RESULT_TYPES.card],
		card: [card.title],
		kind: [CARD_KIND_LABELS[card.kind]],
		publisher: [PUBLISHER_LABELS[card.publisher]],
		coverage: [COVERAGE_LABELS[card.coverage]],
		framework: [FRAMEWORK_LABELS[card.framework]],
		model: card.models.map((model) => modelName(model.id)),
		...(ratings.length > 0 ? { category: [...new Set(ratings.map((rating) => CATEGORY_LABELS[rating.category]))] } : {}),
	};
}

/** Filters a model page carries, so a search for a model finds its page as well as its cards. */
export function modelFilters(model: Pick<Model, 'name' | 'publisher'>): Partial<Record<SearchFilter, string[]>> {
	return { type: [RESULT_TYPES.model], model: [model.name], publisher: [PUBLISHER_LABELS[model.publisher]] };
}

/**
 * One search record per rating, pointing at the rating's anchor. A v1 rating's "at least" facets
 * follow its post-mitigation level, the one the framework gates deployment on (or the single level
 * a headline source reports); a v2 rating's follow the thresholds it meets.
 */
export function ratingRecords(cardId: string, card: Card, modelName: ModelNames): RatingRecord[] {
	if (card.framework === 'none') return [];
	const framework = FRAMEWORK_LABELS[card.framework];
	return card.ratings.map((rating) => {
		const modelIds = (rating.models ?? card.models).map((model) => model.id);
		const models = modelIds.map(modelName);
		const category = CATEGORY_LABELS[rating.category];
		const anchor = ratingAnchor(rating.category, rating.models?.map((model) => model.id));
		let level: string;
		let levels: string[];
		let atLeast: string[];
		if ('determination' in rating) {
			level = DETERMINATION_LABELS[rating.determination];
			levels = [level];
			atLeast = v2ThresholdsMet(rating.determination).map((threshold) => LEVEL_LABELS[threshold]);
		} else {
			const score = v1Score(rating);
			level = LEVEL_LABELS[v1GatingLevel(score)];
			atLeast = v1LevelsAtMost(v1GatingLevel(score)).map((value) => LEVEL_LABELS[value]);
			levels = score.split ? [...new Set([LEVEL_LABELS[score.preMitigation], level])] : [level];
		}
		return {
			url: `${cardPath(cardId)}#${anchor}`,
			language: 'en',
			content: `${models.join(', ')} ${category} rating. ${ratingSentence(rating)} ${rating.note ?? ''} From the ${card.title}, rated under the ${framework}.`.replace(/\s+/g, ' ').trim(),
			meta: {
				title: `${models.join(', ')}: ${category} ${level}`,
				card: card.title,
				framework,
				// Pagefind meta values are strings: the rated models' pages as JSON [name, path] pairs.
				model_pages: JSON.stringify(modelIds.map((id) => [modelName(id), modelPath(id)])),
			},
			filters: {
				type: [RESULT_TYPES.rating],
				category: [category],
				level: levels,
				at_least: atLeast,
				framework: [framework],
				model: models,
				card: [card.title],
				kind: [CARD_KIND_LABELS[card.kind]],
				publisher: [PUBLISHER_LABELS[card.publisher]],
				coverage: [COVERAGE_LABELS[card.coverage]],
			},
		};
	});
}
