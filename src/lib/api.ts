/**
 * The static JSON API: what /api/… files hold. Every builder is pure and reads the catalogue, so
 * the files are byte-identical for the same content. Entries are keyed by the ids the pages use as
 * anchors: the rating at /cards/o3-mini/#risk-cybersecurity is `ratings["risk-cybersecurity"]` in
 * /api/cards/o3-mini.json.
 *
 * Entries are written in their authored form (references as plain ids), which is what the published
 * JSON Schemas describe: they are generated from the same Zod schemas (api-schema.ts), whose input
 * types these builders return.
 */
import { API_SCHEMA_VERSION, type ApiFile, type ApiResultRecord } from './api-schema.ts';
import {
	apiCardPath,
	benchmarkPath,
	cardPath,
	evaluationAnchor,
	modelPath,
	ratingAnchor,
	sourceAnchor,
} from './anchors.ts';
import { benchmarkSetups, type FlatResult } from './benchmark-results.ts';
import { sourcesCitedByCard } from './card-page.ts';
import { unratedCategories } from './rating-facts.ts';
import type { Catalogue } from './catalogue.ts';
import { ratingsOfModel, resultsByModel } from './model-page.ts';
import { categoryFacts, type RatingFact } from './rating-facts.ts';
import { withReferencesAsIds } from './references.ts';

/** Authored form, typed as the schema's input: the schema describes exactly this. */
const authored = <T>(value: unknown): T => withReferencesAsIds(value) as T;

/** `/api/cards.json`: every card, newest first (the home page's order). */
export function cardIndexFile(catalogue: Catalogue): ApiFile<'cards'> {
	return {
		schemaVersion: API_SCHEMA_VERSION,
		cards: catalogue.cardsNewestFirst.map(({ id, data }) => ({
			id,
			title: data.title,
			url: cardPath(id),
			api: apiCardPath(id),
			kind: data.kind,
			publisher: data.publisher,
			published: data.published,
			framework: data.framework,
			coverage: data.coverage,
			models: data.models.map((model) => model.id),
			...(data.parent ? { parent: data.parent.id } : {}),
			unverified: data.unverified !== undefined,
		})),
	};
}

/**
 * `/api/cards/<id>.json`: the card's validated data with its ratings, evaluations, the specs of its
 * models and every source, each keyed by its anchor on the card page (models by model id, which
 * is their page's path).
 */
export function cardFile(catalogue: Catalogue, cardId: string): ApiFile<'card'> {
	const { data: card } = catalogue.card(cardId)!;
	const evaluations = catalogue.evaluationsOf(cardId);
	const sourceIds = sourcesCitedByCard(
		card,
		evaluations,
		card.models.map((model) => catalogue.model(model.id)),
	);
	// Ratings (and a card-level determination) move out of the card's data to `ratings`, by anchor.
	const { ratings: _ratings, overall: _overall, ...metadata } = card;
	const ratings = catalogue.ratings.filter((fact) => fact.cardId === cardId);
	// The card's own order (the facts are newest first across cards), card-level last.
	const ordered = [...ratings].sort(
		(a, b) => orderInCard(card.ratings, a) - orderInCard(card.ratings, b),
	);
	return {
		schemaVersion: API_SCHEMA_VERSION,
		id: cardId,
		url: cardPath(cardId),
		card: authored(metadata),
		ratings: Object.fromEntries(ordered.map((fact) => [fact.anchor, authored(fact.rating)])),
		notRecovered: unratedCategories(catalogue.registry, card).map((category) =>
			ratingAnchor(category),
		),
		evaluations: Object.fromEntries(
			[...evaluations]
				.sort(([a], [b]) => a.localeCompare(b))
				.map(([id, evaluation]) => [evaluationAnchor(id), authored(evaluation)]),
		),
		models: keyed(
			card.models.map((model) => model.id),
			(id) => id,
			catalogue.model,
		),
		sources: keyed(sourceIds, sourceAnchor, catalogue.source),
	};
}

/** Entries that exist, in their authored form, keyed by `keyOf(id)`. */
function keyed<T>(
	ids: readonly string[],
	keyOf: (id: string) => string,
	entry: (id: string) => unknown,
): Record<string, T> {
	return Object.fromEntries(
		ids.flatMap((id) => (entry(id) ? [[keyOf(id), authored<T>(entry(id))]] : [])),
	);
}

const orderInCard = (ratings: readonly unknown[], fact: RatingFact) =>
	fact.category === undefined ? ratings.length : ratings.indexOf(fact.rating);

function resultRecord(result: FlatResult): ApiResultRecord {
	return {
		card: result.cardId,
		evaluation: evaluationAnchor(result.evaluationId.split('/')[1]!),
		anchor: result.href.split('#')[1]!,
		url: result.href,
		model: result.modelId,
		variant: result.variant,
		metric: { id: result.metric.id, label: result.metric.label, unit: result.metric.unit },
		...(result.rowLabel ? { row: result.rowLabel } : {}),
		setup: result.setup,
		value: result.value,
		text: result.text,
		approximate: result.approximate,
		secondary: result.secondary,
	};
}

/** `/api/ratings.json`: every category rating of every card, newest first. */
export function ratingsFile(catalogue: Catalogue): ApiFile<'ratings'> {
	return {
		schemaVersion: API_SCHEMA_VERSION,
		ratings: categoryFacts(catalogue.ratings).map((fact) => ({
			card: fact.cardId,
			anchor: fact.anchor,
			url: fact.href,
			framework: fact.framework.id,
			category: fact.category!,
			models: fact.modelIds,
			basis: fact.basis,
			rating: authored(fact.rating),
		})),
	};
}

/** `/api/models/<id>.json`: the model's specs, its ratings from every card and every figure reported for it. */
export function modelFile(catalogue: Catalogue, modelId: string): ApiFile<'model'> {
	return {
		schemaVersion: API_SCHEMA_VERSION,
		id: modelId,
		url: modelPath(modelId),
		model: authored(catalogue.model(modelId)),
		ratings: ratingsOfModel(catalogue, modelId).map(({ fact, anchor }) => ({
			card: fact.cardId,
			anchor: fact.anchor,
			url: fact.href,
			modelPageAnchor: anchor,
			framework: fact.framework.id,
			category: fact.category!,
			basis: fact.basis,
			rating: authored(fact.rating),
		})),
		results: (resultsByModel(catalogue).get(modelId) ?? []).map(resultRecord),
	};
}

/** `/api/benchmarks/<id>.json`: every result on the benchmark, one group per setup, as its page shows them. */
export function benchmarkFile(catalogue: Catalogue, benchmarkId: string): ApiFile<'benchmark'> {
	const benchmark = catalogue.benchmarks.find((entry) => entry.id === benchmarkId)!;
	return {
		schemaVersion: API_SCHEMA_VERSION,
		id: benchmarkId,
		url: benchmarkPath(benchmarkId),
		benchmark: authored(benchmark.data),
		setups: benchmarkSetups(catalogue, benchmarkId).map((group) => ({
			anchor: group.anchor,
			metric: {
				id: group.metric.id,
				label: group.metric.label,
				unit: group.metric.unit,
				higherIsBetter: group.metric.higherIsBetter,
			},
			...(group.rowLabel ? { row: group.rowLabel } : {}),
			setup: group.setup,
			results: group.results.map(resultRecord),
		})),
	};
}

/** Files written as JSON with a trailing newline and two-space indents, the same way every build. */
export function jsonFile(value: unknown): string {
	return `${JSON.stringify(value, null, 2)}\n`;
}
