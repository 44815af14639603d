/**
 * One evaluation table as CSV: a record per result, with the same model, variant, row, metric and
 * value the page prints, whether the value is approximate, and where it comes from. Values are
 * written as published (never rounded); a missing value says why.
 */
import type { Evaluation } from '../schema/evaluation.ts';
import { MISSING_REASON_LABELS, VARIANT_LABELS } from '../schema/evaluation.ts';
import type { Source } from '../schema/source.ts';
import { cardPath, evaluationRowAnchor } from './anchors.ts';
import { metricOf, provenanceOf, rowLabelOf, tableRowAnchorKey } from './evaluation-table.ts';
import { describeConditions } from './conditions.ts';
import { locatorText } from './locator-text.ts';
import { toCsv } from './csv.ts';
import type { Catalogue } from './catalogue.ts';

export const evaluationCsvPath = (cardId: string, evaluationId: string): string =>
	`${cardPath(cardId)}evals/${evaluationId}.csv`;

export const EVALUATION_CSV_HEADER = [
	'model_id',
	'model',
	'variant',
	'opponent',
	'row',
	'metric',
	'unit',
	'value',
	'ci_half_width',
	'missing',
	'approximate',
	'basis',
	'setup',
	'source',
	'source_locator',
	'source_url',
	'page_anchor',
] as const;

export function evaluationCsv(
	cardId: string,
	evaluationId: string,
	evaluation: Evaluation,
	modelName: (id: string) => string,
	source: (id: string) => Source | undefined,
): string {
	const records = evaluation.results.map((result) => {
		const metric = metricOf(evaluation, result.metric);
		const { basis, approximate } = provenanceOf(evaluation, result);
		const locator = result.locator ?? evaluation.locator;
		const origin = source(locator.source.id);
		const anchor = evaluationRowAnchor(
			evaluationId,
			tableRowAnchorKey(evaluation, result.row, metric.id),
		);
		return [
			result.model.id,
			modelName(result.model.id),
			VARIANT_LABELS[result.variant],
			result.opponent ? modelName(result.opponent.id) : undefined,
			rowLabelOf(evaluation, result.row),
			metric.label,
			metric.unit,
			result.value,
			result.ci,
			result.missing ? MISSING_REASON_LABELS[result.missing] : undefined,
			approximate,
			basis,
			describeConditions({ ...evaluation.conditions, ...result.conditions }).join('; '),
			origin?.title ?? locator.source.id,
			[locator.note, locatorText(locator)].filter(Boolean).join(' · ') || undefined,
			origin?.url,
			`${cardPath(cardId)}#${anchor}`,
		] as const;
	});
	return toCsv(EVALUATION_CSV_HEADER, records);
}

/** The CSV of every evaluation of the cards named, by its path on the site. */
export function evaluationCsvFiles(
	{ evaluationsOf, modelName, source }: Catalogue,
	cardIds: readonly string[],
): Record<string, string> {
	return Object.fromEntries(
		cardIds.flatMap((cardId) =>
			[...evaluationsOf(cardId)].map(([evaluationId, data]) => [
				evaluationCsvPath(cardId, evaluationId),
				evaluationCsv(cardId, evaluationId, data, modelName, source),
			]),
		),
	);
}
