/**
 * A model's page: its ratings from every card that rated it, the cards about it, every figure that
 * reports it and the models it can be compared with. `#risk-<category>` there is the model's newest
 * rating in that category, so a link such as /models/o3-mini/#risk-cbrn keeps meaning "o3-mini's
 * CBRN rating" as cards are added.
 */
import type { Model } from '../schema/model.ts';
import { modelRatingAnchor, ratingAnchor } from './anchors.ts';
import { comparablePairs, type FlatResult } from './benchmark-results.ts';
import type { Catalogue } from './catalogue.ts';
import { categoryFacts, type RatingFact } from './rating-facts.ts';
import { referencedIds } from './references.ts';

export interface ModelRating {
	fact: RatingFact;
	/** The rating's anchor on the model page: `<card-id>--<anchor on the card>`. */
	anchor: string;
	/** Other ids that land on it: `risk-<category>` for the newest in its category, and the anchor under the card's former ids. */
	aliases: string[];
}

/** Every rating the model received, newest first. */
export function ratingsOfModel(catalogue: Catalogue, modelId: string): ModelRating[] {
	const seenCategories = new Set<string>();
	return categoryFacts(catalogue.ratings)
		.filter((fact) => fact.modelIds.includes(modelId))
		.map((fact) => {
			const latest = !seenCategories.has(fact.category!);
			seenCategories.add(fact.category!);
			return {
				fact,
				anchor: modelRatingAnchor(fact.cardId, fact.anchor),
				aliases: [
					...(latest ? [ratingAnchor(fact.category!)] : []),
					...fact.card.formerIds.map((formerId) => modelRatingAnchor(formerId, fact.anchor)),
				],
			};
		});
}

/** Every printed result, by model. Computed once per build. */
export const resultsByModel = (catalogue: Catalogue): ReadonlyMap<string, FlatResult[]> =>
	catalogue.derived('results-by-model', ({ results }) => {
		const byModel = new Map<string, FlatResult[]>();
		for (const result of results)
			byModel.set(result.modelId, [...(byModel.get(result.modelId) ?? []), result]);
		return byModel;
	});

/** Pairs of models measured the same way at least once. Computed once per build. */
export const modelPairs = (catalogue: Catalogue): Array<[string, string]> =>
	catalogue.derived('comparable-pairs', ({ results }) => comparablePairs(results));

export function modelPageData(catalogue: Catalogue, modelId: string, model: Model) {
	const results = resultsByModel(catalogue).get(modelId) ?? [];
	const cardIds = [...new Set(results.map((result) => result.cardId))];
	return {
		ratings: ratingsOfModel(catalogue, modelId),
		appearsIn: catalogue.cardsNewestFirst.filter((card) =>
			card.data.models.some((entry) => entry.id === modelId),
		),
		results,
		resultsByCard: cardIds.map((cardId) => ({
			cardId,
			results: results.filter((result) => result.cardId === cardId),
		})),
		compareWith: modelPairs(catalogue).flatMap(([x, y]) =>
			x === modelId ? [y] : y === modelId ? [x] : [],
		),
		// Rating sources are cited on the cards the ratings link to; only the specs cite sources here.
		specSources: referencedIds('sources', [model]),
	};
}
