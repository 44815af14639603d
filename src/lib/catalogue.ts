/**
 * Everything the pages are built from, computed once per build: the collections, lookups by id,
 * and the two flat lists every cross-card view reads (results and rating facts). Pages get it from
 * `loadCatalogue()` (src/catalogue.ts) and pass it to their page-data function; nothing here reads
 * Astro, so tests build a catalogue from plain entries.
 */
import { registry as defaultRegistry, type Registry } from '../frameworks/registry.ts';
import type { Benchmark } from '../schema/benchmark.ts';
import type { Card } from '../schema/card.ts';
import type { Evaluation } from '../schema/evaluation.ts';
import type { Model } from '../schema/model.ts';
import type { Source } from '../schema/source.ts';
import { flattenResults, type FlatResult } from './benchmark-results.ts';
import { cardsInView, DEFAULT_INDEX_VIEW } from './card-list.ts';
import { evaluationsOfCard } from './card-page.ts';
import { logComputation } from './computation-log.ts';
import { flattenRatings, type RatingFact } from './rating-facts.ts';

export type Entry<T> = { id: string; data: T };

export interface CatalogueInput {
	cards: ReadonlyArray<Entry<Card>>;
	evaluations: ReadonlyArray<Entry<Evaluation>>;
	models: ReadonlyArray<Entry<Model>>;
	sources: ReadonlyArray<Entry<Source>>;
	benchmarks: ReadonlyArray<Entry<Benchmark>>;
}

export interface Catalogue extends CatalogueInput {
	registry: Registry;
	/** Cards in the home page's order: newest first, ties by title. */
	cardsNewestFirst: ReadonlyArray<Entry<Card>>;
	card(id: string): Entry<Card> | undefined;
	model(id: string): Model | undefined;
	/** The model's name, or its id for a model without an entry. */
	modelName(id: string): string;
	source(id: string): Source | undefined;
	/** A card's evaluations by their id within the card. */
	evaluationsOf(cardId: string): ReadonlyMap<string, Evaluation>;
	/** Every printed evaluation value, once. */
	results: readonly FlatResult[];
	/** Every rating of every card, newest first, once. */
	ratings: readonly RatingFact[];
	/**
	 * A view of the catalogue computed on first use and kept for the rest of the build, so what
	 * several pages share (the risk matrices, comparable pairs) is computed once. `key` names it.
	 */
	derived<T>(key: string, compute: (catalogue: Catalogue) => T): T;
}

export function buildCatalogue(
	input: CatalogueInput,
	registry: Registry = defaultRegistry,
): Catalogue {
	logComputation('catalogue');
	const cardById = new Map(input.cards.map((card) => [card.id, card]));
	const modelById = new Map(input.models.map((model) => [model.id, model.data]));
	const sourceById = new Map(input.sources.map((source) => [source.id, source.data]));
	let evaluationsByCard: ReadonlyMap<string, ReadonlyMap<string, Evaluation>> | undefined;
	const source = (id: string) => sourceById.get(id);
	const derivedViews = new Map<string, unknown>();
	const catalogue: Catalogue = {
		...input,
		registry,
		cardsNewestFirst: cardsInView(input.cards, DEFAULT_INDEX_VIEW),
		card: (id) => cardById.get(id),
		model: (id) => modelById.get(id),
		modelName: (id) => modelById.get(id)?.name ?? id,
		source,
		evaluationsOf(cardId) {
			// Every card's evaluations are sorted out on the first call, in one pass: looking through
			// all evaluations for each card's took 0.9 s of a 1,000-card build.
			evaluationsByCard ??= (() => {
				logComputation('evaluations-by-card');
				const byCard = Map.groupBy(input.evaluations, ({ id }) => id.slice(0, id.indexOf('/')));
				return new Map([...byCard].map(([id, entries]) => [id, evaluationsOfCard(id, entries)]));
			})();
			return evaluationsByCard.get(cardId) ?? new Map();
		},

		results: flattenResults(input.cards, input.evaluations),
		ratings: flattenRatings(cardsInView(input.cards, DEFAULT_INDEX_VIEW), source, registry),
		derived<T>(key: string, compute: (catalogue: Catalogue) => T): T {
			if (!derivedViews.has(key)) {
				logComputation(key);
				derivedViews.set(key, compute(catalogue));
			}
			return derivedViews.get(key) as T;
		},
	};
	return catalogue;
}
