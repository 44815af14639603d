/**
 * Lays an evaluation out as a table: models (with variant and setup) as columns, rows and metrics
 * as rows, every cell either a value or the reason it is missing. Notes, per-figure sources and
 * secondary figures become numbered footnotes, so they work without JavaScript.
 */
import {
	MISSING_REASON_LABELS,
	VARIANT_LABELS,
	BOUND_SIGNS,
	type Bound,
	type Evaluation,
	type EvaluationResult,
	type Metric,
	type ValueBasis,
} from '../schema/evaluation.ts';
import type { Locator } from '../schema/source.ts';
import { describeConditions } from './conditions.ts';
import { formatWithInterval } from './format-value.ts';
import type { RestatementLink } from './restatements.ts';

export interface TableColumn {
	key: string;
	modelId: string;
	modelName: string;
	/** Variant and setup, e.g. ["pre-mitigation"], ["non-final checkpoint", "tools on"]. */
	details: string[];
}

export interface TableCell {
	columnKey: string;
	text: string;
	missing: boolean;
	basis: ValueBasis;
	approximate: boolean;
	footnotes: number[];
}

export interface TableRow {
	key: string;
	/** Stable part of the row's anchor, from data ids: the row id, the metric id, or both. */
	anchorKey: string;
	label: string;
	metric: Metric;
	cells: TableCell[];
}

export interface TableFootnote {
	number: number;
	note?: string;
	locator?: Locator;
	basis?: ValueBasis;
	/** The same figure on another card (src/lib/restatements.ts). */
	restatement?: RestatementLink;
}

export interface EvaluationTable {
	columns: TableColumn[];
	rows: TableRow[];
	footnotes: TableFootnote[];
	/** Bases used by any cell, for the legend under the table. */
	bases: ValueBasis[];
	/** True when the row header names a metric as well as a row. */
	showMetricInRows: boolean;
}

const columnKeyOf = (result: EvaluationResult) =>
	[
		result.model.id,
		result.variant,
		result.opponent?.id ?? '',
		JSON.stringify(result.conditions ?? {}),
	].join('|');

/** Whether row headers name the metric as well as the row: rows and several metrics. */
const metricsInRows = (evaluation: Evaluation) =>
	Boolean(evaluation.rows?.length) && evaluation.metrics.length > 1;

/** The metric a result or baseline reports: the one it names, or the evaluation's only metric. */
export function metricOf(
	evaluation: Pick<Evaluation, 'metrics'>,
	metricId: string | undefined,
): Metric {
	return evaluation.metrics.find((metric) => metric.id === metricId) ?? evaluation.metrics[0]!;
}

/** The label of a result's row, if the evaluation has rows. */
export function rowLabelOf(
	evaluation: Pick<Evaluation, 'rows'>,
	rowId: string | undefined,
): string | undefined {
	return evaluation.rows?.find((row) => row.id === rowId)?.label;
}

/**
 * Where a result's value comes from, and the marks every view shows with it: approximate ("≈")
 * for a chart reading, ours or a secondary source's; secondary for a value not from the card.
 */
export function provenanceOf(
	evaluation: Pick<Evaluation, 'basis'>,
	result: Pick<EvaluationResult, 'basis' | 'approximate'>,
): { basis: ValueBasis; approximate: boolean; secondary: boolean } {
	const basis = result.basis ?? evaluation.basis;
	return {
		basis,
		approximate: basis === 'chart-reading' || result.approximate === true,
		secondary: basis === 'secondary',
	};
}

/**
 * A value as every view prints it: with its unit and interval, "≈ " when approximate, and the
 * sign of a bound ("< 0.25%") when the card gives only a bound.
 */
export function valueText(
	value: number,
	ci: number | undefined,
	metric: Pick<Metric, 'unit' | 'decimals'>,
	approximate: boolean,
	bound?: Bound,
): string {
	return `${approximate ? '≈ ' : ''}${bound ? `${BOUND_SIGNS[bound]} ` : ''}${formatWithInterval(value, ci, metric)}`;
}

/** The data-id part of a table row's anchor: the row id, the metric id, or both. */
export function tableRowAnchorKey(
	evaluation: Evaluation,
	row: string | undefined,
	metricId: string,
): string {
	return row === undefined ? metricId : metricsInRows(evaluation) ? `${row}--${metricId}` : row;
}

export function buildEvaluationTable(
	evaluation: Evaluation,
	modelName: (id: string) => string,
	/** Links from a result (by its index) to the same figure on other cards. */
	restatementsOf: (resultIndex: number) => readonly RestatementLink[] = () => [],
): EvaluationTable {
	const columns = new Map<string, TableColumn>();
	const rowOrder = new Map<string, { row?: string; metric: Metric }>();
	const cellByKey = new Map<string, EvaluationResult>();

	for (const result of evaluation.results) {
		const columnKey = columnKeyOf(result);
		if (!columns.has(columnKey)) {
			const details = [
				VARIANT_LABELS[result.variant],
				...(result.opponent ? [`vs ${modelName(result.opponent.id)}`] : []),
				...describeConditions(result.conditions),
			].filter(Boolean);
			columns.set(columnKey, {
				key: columnKey,
				modelId: result.model.id,
				modelName: modelName(result.model.id),
				details,
			});
		}
		const metric = metricOf(evaluation, result.metric);
		const rowKey = `${result.row ?? ''}|${metric.id}`;
		if (!rowOrder.has(rowKey)) rowOrder.set(rowKey, { row: result.row, metric });
		cellByKey.set(`${rowKey}#${columnKey}`, result);
	}

	const footnotes: TableFootnote[] = [];
	const footnoteFor = (entry: Omit<TableFootnote, 'number'>): number => {
		const same = footnotes.find(
			(existing) =>
				existing.note === entry.note &&
				JSON.stringify(existing.locator) === JSON.stringify(entry.locator) &&
				existing.basis === entry.basis &&
				existing.restatement?.href === entry.restatement?.href,
		);
		if (same) return same.number;
		footnotes.push({ number: footnotes.length + 1, ...entry });
		return footnotes.length;
	};

	const bases = new Set<ValueBasis>();
	const showMetricInRows = metricsInRows(evaluation);
	const rowLabel = (row: string | undefined, metric: Metric) => {
		const label = rowLabelOf(evaluation, row);
		if (!label) return metric.label;
		return showMetricInRows ? `${label}: ${metric.label}` : label;
	};

	const rows: TableRow[] = [...rowOrder].map(([rowKey, { row, metric }]) => ({
		key: rowKey,
		anchorKey: tableRowAnchorKey(evaluation, row, metric.id),
		label: rowLabel(row, metric),
		metric,
		cells: [...columns.values()].map((column) => {
			const result = cellByKey.get(`${rowKey}#${column.key}`);
			if (!result)
				throw new Error(
					`No result for ${rowKey} in ${column.key}; the schema should have rejected this.`,
				);
			const { basis, approximate } = provenanceOf(evaluation, result);
			const notes: number[] = [];
			if (result.note || result.locator || basis === 'secondary') {
				notes.push(
					footnoteFor({
						note: result.note,
						locator: result.locator,
						basis: basis === 'secondary' ? basis : undefined,
					}),
				);
			}
			for (const restatement of restatementsOf(evaluation.results.indexOf(result)))
				notes.push(footnoteFor({ restatement }));
			if (result.missing) {
				return {
					columnKey: column.key,
					text: MISSING_REASON_LABELS[result.missing],
					missing: true,
					basis,
					approximate: false,
					footnotes: notes,
				};
			}
			bases.add(basis);
			const text = valueText(result.value!, result.ci, metric, approximate, result.bound);
			return { columnKey: column.key, text, missing: false, basis, approximate, footnotes: notes };
		}),
	}));

	return { columns: [...columns.values()], rows, footnotes, bases: [...bases], showMetricInRows };
}
