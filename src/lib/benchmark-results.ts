/**
 * Every result for one benchmark, from every card, grouped by setup. Results measured differently
 * (another scaffold, subset, pass@k, metric or table row) land in different groups and are never
 * ranked against each other; within a group they are ordered best first.
 */
import type { Card } from '../schema/card.ts';
import type { Evaluation, Metric } from '../schema/evaluation.ts';
import { VARIANT_LABELS } from '../schema/evaluation.ts';
import { cardPath, evaluationRowAnchor } from './anchors.ts';
import { describeConditions } from './conditions.ts';
import { tableRowAnchorKey } from './evaluation-table.ts';
import { formatWithInterval } from './format-value.ts';

export interface BenchmarkResult {
	cardId: string;
	cardTitle: string;
	published: string;
	evaluationTitle: string;
	modelId: string;
	variant: string;
	value?: number;
	/** As printed, with unit; "≈" for chart readings. */
	text: string;
	approximate: boolean;
	secondary: boolean;
	/** The table row on the card. */
	href: string;
}

export interface SetupGroup {
	key: string;
	metric: Metric;
	rowLabel?: string;
	/** Setup in words: conditions of the evaluation and of the result. */
	setup: string[];
	results: BenchmarkResult[];
}

type Entry<T> = { id: string; data: T };

export function benchmarkSetups(benchmarkId: string, cards: ReadonlyArray<Entry<Card>>, evaluations: ReadonlyArray<Entry<Evaluation>>): SetupGroup[] {
	const cardById = new Map(cards.map((card) => [card.id, card.data]));
	const groups = new Map<string, SetupGroup>();
	for (const { id, data: evaluation } of evaluations) {
		if (evaluation.benchmark?.id !== benchmarkId) continue;
		const [cardId, evaluationId] = id.split('/') as [string, string];
		const card = cardById.get(cardId);
		if (!card) continue;
		for (const result of evaluation.results) {
			if (result.value === undefined) continue;
			const metric = evaluation.metrics.find((candidate) => candidate.id === result.metric) ?? evaluation.metrics[0]!;
			const rowLabel = evaluation.rows?.find((row) => row.id === result.row)?.label;
			const setup = describeConditions({ ...evaluation.conditions, ...result.conditions });
			const key = JSON.stringify([metric.label, metric.unit, rowLabel ?? '', setup]);
			const group = groups.get(key) ?? { key, metric, rowLabel, setup, results: [] };
			const basis = result.basis ?? evaluation.basis;
			group.results.push({
				cardId,
				cardTitle: card.title,
				published: card.published,
				evaluationTitle: evaluation.title,
				modelId: result.model.id,
				variant: VARIANT_LABELS[result.variant],
				value: result.value,
				text: `${basis === 'chart-reading' ? '≈ ' : ''}${formatWithInterval(result.value, result.ci, metric)}`,
				approximate: basis === 'chart-reading',
				secondary: basis === 'secondary',
				href: `${cardPath(cardId)}#${evaluationRowAnchor(evaluationId, tableRowAnchorKey(evaluation, result.row, metric.id))}`,
			});
			groups.set(key, group);
		}
	}
	for (const group of groups.values()) {
		const sign = group.metric.higherIsBetter ? -1 : 1;
		group.results.sort((a, b) => sign * (a.value! - b.value!) || a.cardTitle.localeCompare(b.cardTitle));
	}
	return [...groups.values()];
}

/** The scale a bar chart uses: the unit's full range where it has one, so bars read as shares. */
export function chartMaximum(metric: Metric, values: readonly number[]): number {
	if (metric.unit === 'percent') return 100;
	if (metric.unit === 'fraction' || metric.unit === 'coefficient') return 1;
	return Math.max(...values, 0) || 1;
}
