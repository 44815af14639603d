/**
 * Results across cards. Every printed value becomes one flat record with its card, setup and the
 * link to its table row; benchmark pages, model pages and comparisons are views of these records.
 * Results measured differently (another scaffold, subset, pass@k, metric or table row) get different
 * setup keys and are never ranked against each other.
 */
import GithubSlugger, { slug } from 'github-slugger';
import type { Card } from '../schema/card.ts';
import type { Evaluation, Metric } from '../schema/evaluation.ts';
import { VARIANT_LABELS } from '../schema/evaluation.ts';
import { cardPath, evaluationRowAnchor, setupAnchor } from './anchors.ts';
import type { Catalogue } from './catalogue.ts';
import { describeConditions } from './conditions.ts';
import {
	metricOf,
	provenanceOf,
	rowLabelOf,
	tableRowAnchorKey,
	valueText,
} from './evaluation-table.ts';

export interface FlatResult {
	cardId: string;
	cardTitle: string;
	published: string;
	/** `card-id/evaluation-id`. */
	evaluationId: string;
	evaluationTitle: string;
	benchmarkId?: string;
	modelId: string;
	variant: string;
	metric: Metric;
	rowLabel?: string;
	/** Setup in words: conditions of the evaluation and of the result. */
	setup: string[];
	/** Same evaluation, row, metric and setup: the values in one cell row that may be compared. */
	comparableKey: string;
	value: number;
	/** As printed, with unit; "≈" for chart readings. */
	text: string;
	approximate: boolean;
	secondary: boolean;
	/** The source the value is taken from (the result's own locator, else the evaluation's). */
	sourceId: string;
	/** The table row on the card. */
	href: string;
}

type Entry<T> = { id: string; data: T };

export function flattenResults(
	cards: ReadonlyArray<Entry<Card>>,
	evaluations: ReadonlyArray<Entry<Evaluation>>,
): FlatResult[] {
	const cardById = new Map(cards.map((card) => [card.id, card.data]));
	const flat: FlatResult[] = [];
	// The results are kept for the whole build, and most of their strings and setups repeat: every
	// model's figure in a row has the row's link, key and setup. One copy of each, shared, saves
	// about 45 MB at 1,000 cards (171,000 results, 45,000 rows).
	const strings = new Map<string, string>();
	const one = (text: string) => strings.get(text) ?? (strings.set(text, text), text);
	const setups = new Map<string, string[]>();
	const oneSetup = (setup: string[]) => {
		const key = JSON.stringify(setup);
		return setups.get(key) ?? (setups.set(key, setup), setup);
	};
	// Id order, so every view (and the numbering of setups) is the same whatever order entries load in.
	for (const { id, data: evaluation } of [...evaluations].sort((a, b) =>
		a.id.localeCompare(b.id),
	)) {
		const [cardId, evaluationId] = id.split('/') as [string, string];
		const card = cardById.get(cardId);
		if (!card) continue;
		for (const result of evaluation.results) {
			if (result.value === undefined) continue;
			const metric = metricOf(evaluation, result.metric);
			const rowLabel = rowLabelOf(evaluation, result.row);
			const setup = oneSetup(
				describeConditions({ ...evaluation.conditions, ...result.conditions }),
			);
			const { approximate, secondary } = provenanceOf(evaluation, result);
			flat.push({
				cardId,
				cardTitle: card.title,
				published: card.published,
				evaluationId: id,
				evaluationTitle: evaluation.title,
				...(evaluation.benchmark ? { benchmarkId: evaluation.benchmark.id } : {}),
				modelId: result.model.id,
				variant: VARIANT_LABELS[result.variant],
				metric,
				...(rowLabel ? { rowLabel } : {}),
				setup,
				comparableKey: one(
					JSON.stringify([id, result.row ?? '', metric.id, setup, result.opponent?.id ?? '']),
				),
				value: result.value,
				text: one(valueText(result.value, result.ci, metric, approximate, result.bound)),
				approximate,
				secondary,
				sourceId: (result.locator ?? evaluation.locator).source.id,
				href: one(
					`${cardPath(cardId)}#${evaluationRowAnchor(evaluationId, tableRowAnchorKey(evaluation, result.row, metric.id))}`,
				),
			});
		}
	}
	return flat;
}

export interface SetupGroup {
	key: string;
	/**
	 * The setup's anchor on the benchmark page, made from its title: a number would give an old
	 * link another setup's results whenever a card adds a setup before it.
	 */
	anchor: string;
	metric: Metric;
	rowLabel?: string;
	setup: string[];
	results: FlatResult[];
}

/**
 * A benchmark's results, one group per setup, best first within each. Computed for every benchmark
 * at once, on first use, since the benchmark pages, their index and the API all read them.
 */
export function benchmarkSetups(
	catalogue: Pick<Catalogue, 'results' | 'derived'>,
	benchmarkId: string,
): readonly SetupGroup[] {
	const byBenchmark = catalogue.derived('benchmark-setups', ({ results }) => {
		const grouped = Map.groupBy(
			results.filter((result) => result.benchmarkId !== undefined),
			(result) => result.benchmarkId!,
		);
		return new Map([...grouped].map(([id, results]) => [id, groupBySetup(results)]));
	});
	return byBenchmark.get(benchmarkId) ?? [];
}

function groupBySetup(results: readonly FlatResult[]): SetupGroup[] {
	const groups = new Map<string, SetupGroup>();
	for (const result of results) {
		// Cards print the same label in different cases ("accuracy", "Accuracy"): one setup.
		const key = JSON.stringify([
			result.metric.label.toLowerCase(),
			result.metric.unit,
			(result.rowLabel ?? '').toLowerCase(),
			result.setup,
		]);
		const group = groups.get(key) ?? {
			key,
			anchor: '',
			metric: result.metric,
			rowLabel: result.rowLabel,
			setup: result.setup,
			results: [],
		};
		group.results.push(result);
		groups.set(key, group);
	}
	for (const group of groups.values()) {
		const sign = group.metric.higherIsBetter ? -1 : 1;
		group.results.sort(
			(a, b) => sign * (a.value - b.value) || a.cardTitle.localeCompare(b.cardTitle),
		);
	}
	// Setups that read the same in words differ in unit (a card printing percentages, another
	// fractions); both then name their unit, so no anchor depends on which card came first.
	const titles = [...groups.values()].map(setupTitle);
	const bases = titles.map((title) => slug(title));
	const slugger = new GithubSlugger();
	for (const [index, group] of [...groups.values()].entries()) {
		const shared = bases.indexOf(bases[index]!) !== bases.lastIndexOf(bases[index]!);
		const title = titles[index]!;
		group.anchor = setupAnchor(slugger.slug(shared ? `${title} ${group.metric.unit}` : title));
	}
	return [...groups.values()];
}

/** A setup in words: its table row, metric and conditions, e.g. "Pass@1 · Full set · 500 samples". */
export const setupTitle = (group: SetupGroup): string =>
	[group.rowLabel, group.metric.label, ...group.setup].filter(Boolean).join(' · ');

export interface SharedResult {
	a: FlatResult;
	b: FlatResult;
	/** b − a in the metric's unit, when both are exact (not chart readings). */
	difference?: number;
}

/**
 * Results two models share: the same evaluation row, metric and setup on the same card, so the two
 * values were measured the same way. Variants (checkpoints) are kept apart: each pair is one
 * variant of a against one of b.
 */
export function sharedResults(
	a: string,
	b: string,
	results: readonly FlatResult[],
): SharedResult[] {
	const byKey = new Map<string, { a: FlatResult[]; b: FlatResult[] }>();
	for (const result of results) {
		if (result.modelId !== a && result.modelId !== b) continue;
		const slot = byKey.get(result.comparableKey) ?? { a: [], b: [] };
		(result.modelId === a ? slot.a : slot.b).push(result);
		byKey.set(result.comparableKey, slot);
	}
	return [...byKey.values()].flatMap((slot) =>
		slot.a.flatMap((left) =>
			slot.b.map((right) => ({
				a: left,
				b: right,
				...(left.approximate || right.approximate
					? {}
					: { difference: Number((right.value - left.value).toFixed(6)) }),
			})),
		),
	);
}

/** The scale a bar chart uses: the unit's full range where it has one, so bars read as shares. */
export function chartMaximum(metric: Metric, values: readonly number[]): number {
	if (metric.unit === 'percent') return 100;
	if (metric.unit === 'fraction' || metric.unit === 'coefficient') return 1;
	return Math.max(...values, 0) || 1;
}

/** `/compare/o1-vs-o3-mini/`: the two model ids in alphabetical order, so each pair has one URL. */
export function comparePath(a: string, b: string): string {
	const [first, second] = [a, b].sort();
	return `/compare/${first}-vs-${second}/`;
}

/** Every pair of models with at least one shared result, each pair once, ids in alphabetical order. */
export function comparablePairs(results: readonly FlatResult[]): Array<[string, string]> {
	const modelsByKey = new Map<string, Set<string>>();
	for (const result of results)
		modelsByKey.set(
			result.comparableKey,
			(modelsByKey.get(result.comparableKey) ?? new Set()).add(result.modelId),
		);
	const pairs = new Set<string>();
	for (const models of modelsByKey.values()) {
		const sorted = [...models].sort();
		sorted.forEach((a, index) => sorted.slice(index + 1).forEach((b) => pairs.add(`${a}\n${b}`)));
	}
	return [...pairs].sort().map((pair) => pair.split('\n') as [string, string]);
}
