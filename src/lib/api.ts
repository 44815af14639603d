/**
 * The static JSON API: what /api/… files hold. Every builder is pure and takes the validated
 * content, so the files are byte-identical for the same content. Entries are keyed by the ids the
 * pages use as anchors: the rating at /cards/o3-mini/#risk-cybersecurity is
 * `ratings["risk-cybersecurity"]` in /api/cards/o3-mini.json.
 *
 * Entries are written in their authored form (references as plain ids), which is what the published
 * JSON Schemas describe: they are generated from the same Zod schemas, on their input side.
 */
import type { Benchmark } from '../schema/benchmark.ts';
import type { Card } from '../schema/card.ts';
import type { Evaluation } from '../schema/evaluation.ts';
import type { Model } from '../schema/model.ts';
import type { Source } from '../schema/source.ts';
import { benchmarkPath, cardPath, evaluationAnchor, modelPath, ratingAnchor, setupAnchor, sourceAnchor } from './anchors.ts';
import { benchmarkSetups, flattenResults, type FlatResult } from './benchmark-results.ts';
import { DEFAULT_INDEX_VIEW, cardsInView } from './card-list.ts';
import { ratingsOfModel } from './model-ratings.ts';
import { withReferencesAsIds } from './references.ts';
import { unratedCategories } from './ratings.ts';

import { API_SCHEMA_VERSION } from '../schema/api.ts';

type Entry<T> = { id: string; data: T };

export const apiCardPath = (cardId: string): string => `/api/cards/${cardId}.json`;
export const apiModelPath = (modelId: string): string => `/api/models/${modelId}.json`;
export const apiBenchmarkPath = (benchmarkId: string): string => `/api/benchmarks/${benchmarkId}.json`;

export interface CardIndexFile {
	schemaVersion: number;
	cards: Array<{ id: string; title: string; url: string; api: string; kind: string; publisher: string; published: string; framework: string; coverage: string; models: string[]; parent?: string; unverified: boolean }>;
}

/** `/api/cards.json`: every card, newest first (the home page's order). */
export function cardIndexFile(cards: ReadonlyArray<Entry<Card>>): CardIndexFile {
	return {
		schemaVersion: API_SCHEMA_VERSION,
		cards: cardsInView(cards, DEFAULT_INDEX_VIEW).map(({ id, data }) => ({
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

export interface CardFile {
	schemaVersion: number;
	id: string;
	url: string;
	/** The card's frontmatter, without its ratings (they are under `ratings`, by anchor). */
	card: unknown;
	ratings: Record<string, unknown>;
	/** Anchors of the framework's categories the card page lists as not recovered from our sources. */
	notRecovered: string[];
	evaluations: Record<string, unknown>;
	models: Record<string, unknown>;
	sources: Record<string, unknown>;
}

/**
 * `/api/cards/<id>.json`: the card's validated data with its ratings, evaluations, the specs of its
 * models and every source, each keyed by its anchor on the card page (models by model id, which
 * is their page's path).
 */
export function cardFile(
	cardId: string,
	card: Card,
	evaluations: ReadonlyMap<string, Evaluation>,
	models: ReadonlyMap<string, Model>,
	sources: ReadonlyMap<string, Source>,
	sourceIds: readonly string[],
): CardFile {
	// Ratings (and a v1 card's overall rating) move out of the card's data to `ratings`, by anchor.
	const { ratings: _ratings, overall: _overall, ...metadata } = card as Card & { ratings?: unknown; overall?: unknown };
	const ratings: Record<string, unknown> = {};
	if (card.framework !== 'none') {
		for (const rating of card.ratings) ratings[ratingAnchor(rating.category, rating.models?.map((model) => model.id))] = withReferencesAsIds(rating);
	}
	if (card.framework === 'pf-v1' && card.overall) ratings['risk-overall'] = withReferencesAsIds(card.overall);
	return {
		schemaVersion: API_SCHEMA_VERSION,
		id: cardId,
		url: cardPath(cardId),
		card: withReferencesAsIds(metadata),
		ratings,
		notRecovered: card.framework === 'none' ? [] : unratedCategories(card.framework, card.ratings).map((category) => ratingAnchor(category)),
		evaluations: Object.fromEntries([...evaluations].sort(([a], [b]) => a.localeCompare(b)).map(([id, evaluation]) => [evaluationAnchor(id), withReferencesAsIds(evaluation)])),
		models: Object.fromEntries(card.models.flatMap(({ id }) => (models.has(id) ? [[id, withReferencesAsIds(models.get(id))]] : []))),
		sources: Object.fromEntries(sourceIds.flatMap((id) => (sources.has(id) ? [[sourceAnchor(id), withReferencesAsIds(sources.get(id))]] : []))),
	};
}

/** One evaluation figure in a cross-card file, with the anchor of its table row on its card. */
export interface ResultRecord {
	card: string;
	evaluation: string;
	anchor: string;
	url: string;
	model: string;
	variant: string;
	metric: { id: string; label: string; unit: string };
	row?: string;
	setup: string[];
	value: number;
	text: string;
	approximate: boolean;
	secondary: boolean;
}

function resultRecord(result: FlatResult): ResultRecord {
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

export interface RatingRecord {
	card: string;
	/** The rating's anchor on its card. */
	anchor: string;
	url: string;
	framework: string;
	category: string;
	models: string[];
	rating: unknown;
}

function ratingRecordsOf(cardId: string, card: Card): RatingRecord[] {
	if (card.framework === 'none') return [];
	return card.ratings.map((rating) => {
		const anchor = ratingAnchor(rating.category, rating.models?.map((model) => model.id));
		return {
			card: cardId,
			anchor,
			url: `${cardPath(cardId)}#${anchor}`,
			framework: card.framework,
			category: rating.category,
			models: (rating.models ?? card.models).map((model) => model.id),
			rating: withReferencesAsIds(rating),
		};
	});
}

/** `/api/ratings.json`: every rating of every card, newest card first. */
export function ratingsFile(cards: ReadonlyArray<Entry<Card>>): { schemaVersion: number; ratings: RatingRecord[] } {
	return { schemaVersion: API_SCHEMA_VERSION, ratings: cardsInView(cards, DEFAULT_INDEX_VIEW).flatMap(({ id, data }) => ratingRecordsOf(id, data)) };
}

/** `/api/models/<id>.json`: the model's specs, its ratings from every card and every figure reported for it. */
export function modelFile(modelId: string, model: Model, cards: ReadonlyArray<Entry<Card>>, evaluations: ReadonlyArray<Entry<Evaluation>>) {
	return {
		schemaVersion: API_SCHEMA_VERSION,
		id: modelId,
		url: modelPath(modelId),
		model: withReferencesAsIds(model),
		ratings: ratingsOfModel(modelId, cards).map((entry) => ({
			card: entry.cardId,
			anchor: entry.cardAnchor,
			url: `${cardPath(entry.cardId)}#${entry.cardAnchor}`,
			modelPageAnchor: entry.anchor,
			framework: entry.card.framework,
			category: entry.rating.category,
			rating: withReferencesAsIds(entry.rating),
		})),
		results: flattenResults(cards, evaluations)
			.filter((result) => result.modelId === modelId)
			.map(resultRecord),
	};
}

/** `/api/benchmarks/<id>.json`: every result on the benchmark, one group per setup, as its page shows them. */
export function benchmarkFile(benchmarkId: string, benchmark: Benchmark, cards: ReadonlyArray<Entry<Card>>, evaluations: ReadonlyArray<Entry<Evaluation>>) {
	return {
		schemaVersion: API_SCHEMA_VERSION,
		id: benchmarkId,
		url: benchmarkPath(benchmarkId),
		benchmark: withReferencesAsIds(benchmark),
		setups: benchmarkSetups(benchmarkId, cards, evaluations).map((group, index) => ({
			anchor: setupAnchor(index),
			metric: { id: group.metric.id, label: group.metric.label, unit: group.metric.unit, higherIsBetter: group.metric.higherIsBetter },
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
