/**
 * A model's page: its ratings from every card that rated it, the cards about it, every figure that
 * reports it and the models it can be compared with. `#risk-<category>` there is the model's newest
 * rating in that category, so a link such as /models/o3-mini/#risk-cbrn keeps meaning "o3-mini's
 * CBRN rating" as cards are added.
 */
import type { Model } from '../schema/model.ts';
import { modelPath, modelRatingAnchor, ratingAnchor } from './anchors.ts';
import { comparablePairs, type FlatResult } from './benchmark-results.ts';
import type { Catalogue } from './catalogue.ts';
import { categoryFacts, type RatingFact } from './rating-facts.ts';
import { referencedIds } from './references.ts';
import { listPageHrefs, paginate, ROWS_PER_PAGE } from './pagination.ts';

export interface ModelRating {
	fact: RatingFact;
	/** The rating's anchor on the model page: `<card-id>--<anchor on the card>`. */
	anchor: string;
	/** Other ids that land on it: `risk-<category>` for the newest in its category, and the anchor under the card's former ids. */
	aliases: string[];
}

/** Whether a rating anchor (`risk-cbrn--o1-o1-mini`) lists the model among its models. */
const namesModel = (anchor: string, modelId: string) => {
	const models = anchor.split('--')[1];
	return models !== undefined && `-${models}-`.includes(`-${modelId}-`);
};

/** Every rating the model received, newest first. */
export function ratingsOfModel(catalogue: Catalogue, modelId: string): ModelRating[] {
	const seenCategories = new Set<string>();
	const facts = categoryFacts(catalogue.ratings).filter((fact) => fact.modelIds.includes(modelId));
	const anchors = new Set(facts.map((fact) => `${fact.cardId}#${fact.anchor}`));
	const seenCardCategories = new Set<string>();
	return facts.map((fact) => {
		const latest = !seenCategories.has(fact.category!);
		seenCategories.add(fact.category!);
		// The newest rating of this card in this category here takes the card's renamed rating
		// anchors that no longer rate this model.
		const newestOfCard = !seenCardCategories.has(`${fact.cardId}#${fact.category}`);
		seenCardCategories.add(`${fact.cardId}#${fact.category}`);
		return {
			fact,
			anchor: modelRatingAnchor(fact.cardId, fact.anchor),
			aliases: [
				...(latest ? [ratingAnchor(fact.category!)] : []),
				...fact.card.formerIds.map((formerId) => modelRatingAnchor(formerId, fact.anchor)),
				// A rating anchor the card renamed (its models changed) keeps its old id here too, on
				// the pages of the models the old id named: on the renamed rating if it still rates
				// the model, or else on the card's newest rating of the model in that category.
				...Object.entries(fact.card.anchorAliases)
					.filter(
						([from, to]) =>
							namesModel(from, modelId) &&
							(to === fact.anchor ||
								(newestOfCard &&
									!anchors.has(`${fact.cardId}#${to}`) &&
									from.startsWith(`${ratingAnchor(fact.category!)}--`))),
					)
					.map(([from]) => modelRatingAnchor(fact.cardId, from)),
			],
		};
	});
}

/** Every printed result, by model. Computed once per build. */
export const resultsByModel = (catalogue: Catalogue): ReadonlyMap<string, FlatResult[]> =>
	catalogue.derived('results-by-model', ({ results }) =>
		Map.groupBy(results, (result) => result.modelId),
	);

/** Pairs of models measured the same way at least once. Computed once per build. */
export const modelPairs = (catalogue: Catalogue): Array<[string, string]> =>
	catalogue.derived('comparable-pairs', ({ results }) => comparablePairs(results));

/**
 * A model's figures grouped by card, newest card first, in pages of at most ROWS_PER_PAGE figures
 * (a card's figures stay together). The first page is on the model page.
 */
function resultPagesOfModel(catalogue: Catalogue, results: readonly FlatResult[]) {
	const order = catalogue.derived(
		'card-order',
		({ cardsNewestFirst }) => new Map(cardsNewestFirst.map((card, index) => [card.id, index])),
	);
	const byCard = [...Map.groupBy(results, (result) => result.cardId)]
		.map(([cardId, cardResults]) => ({ cardId, results: cardResults }))
		.sort((a, b) => order.get(a.cardId)! - order.get(b.cardId)!);
	return paginate(byCard, ROWS_PER_PAGE, (group) => group.results.length);
}

/** The model's figures start on its page and continue at /models/<id>/results/<n>/. */
export const modelResultPageHrefs = (modelId: string, count: number): string[] =>
	listPageHrefs(`${modelPath(modelId)}#results-title`, `${modelPath(modelId)}results/`, count);

/** Kept for the build: the model page and its continuation pages both read it. */
export const modelPageData = (catalogue: Catalogue, modelId: string, model: Model) =>
	catalogue.derived(`model-page:${modelId}`, () => computeModelPageData(catalogue, modelId, model));

function computeModelPageData(catalogue: Catalogue, modelId: string, model: Model) {
	const results = resultsByModel(catalogue).get(modelId) ?? [];
	return {
		ratings: ratingsOfModel(catalogue, modelId),
		appearsIn: catalogue.cardsNewestFirst.filter((card) =>
			card.data.models.some((entry) => entry.id === modelId),
		),
		results,
		cardCount: new Set(results.map((result) => result.cardId)).size,
		resultPages: resultPagesOfModel(catalogue, results),
		compareWith: modelPairs(catalogue).flatMap(([x, y]) =>
			x === modelId ? [y] : y === modelId ? [x] : [],
		),
		// Rating sources are cited on the cards the ratings link to; only the specs cite sources here.
		specSources: referencedIds('sources', [model]),
	};
}
