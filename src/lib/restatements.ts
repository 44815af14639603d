/**
 * A model's figure as its own card prints it, and the same figure as a later card prints it when it
 * runs the model again as a comparison (often on a newer version of the test, or of the model).
 * The two can differ, so neither replaces the other: the model's own card names the later figure
 * with `restatedIn`, and both tables link to each other. The content check guarantees each link
 * names exactly one cell; this module finds it.
 */
import {
	MISSING_REASON_LABELS,
	type Evaluation,
	type EvaluationResult,
} from '../schema/evaluation.ts';
import { cardPath, evaluationRowAnchor } from './anchors.ts';
import type { Catalogue } from './catalogue.ts';
import { metricOf, provenanceOf, tableRowAnchorKey, valueText } from './evaluation-table.ts';

export type Restatement = NonNullable<EvaluationResult['restatedIn']>[number];

/** Where `restatement` points: the one result of the same model there, or why there is none. */
export function restatedResult(
	target: Evaluation,
	modelId: string,
	restatement: Pick<Restatement, 'row' | 'metric' | 'variant' | 'conditions'>,
): { index: number } | { problem: string; path: 'row' | 'metric' | 'variant' } {
	const rowIds = target.rows?.map((row) => row.id) ?? [];
	const quoted = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(', ');
	if (rowIds.length > 0 && (!restatement.row || !rowIds.includes(restatement.row)))
		return {
			path: 'row',
			problem: `expected one of the later evaluation's rows: ${quoted(rowIds)}`,
		};
	if (rowIds.length === 0 && restatement.row)
		return { path: 'row', problem: 'expected no row: the later evaluation declares no rows' };
	const metricIds = target.metrics.map((metric) => metric.id);
	const metricId = restatement.metric ?? (metricIds.length === 1 ? metricIds[0] : undefined);
	if (!metricId || !metricIds.includes(metricId))
		return {
			path: 'metric',
			problem: `expected one of the later evaluation's metrics: ${quoted(metricIds)}`,
		};
	const variant = restatement.variant ?? 'default';
	const inCell = target.results.flatMap((result, index) =>
		result.model.id === modelId &&
		result.variant === variant &&
		result.row === restatement.row &&
		metricOf(target, result.metric).id === metricId
			? [index]
			: [],
	);
	// Where the model has a cell per setup, the link names the setup by the cell's own conditions.
	const conditionsKey = (conditions: object | undefined) =>
		JSON.stringify(Object.entries(conditions ?? {}).sort(([a], [b]) => a.localeCompare(b)));
	const matches =
		restatement.conditions !== undefined || inCell.length > 1
			? inCell.filter(
					(index) =>
						conditionsKey(target.results[index]!.conditions) ===
						conditionsKey(restatement.conditions),
				)
			: inCell;
	if (matches.length === 1) return { index: matches[0]! };
	return {
		path: 'variant',
		problem:
			matches.length === 0
				? `expected a result there for the same model ("${modelId}", variant "${variant}"); the later evaluation has none`
				: `expected one result there for "${modelId}" (variant "${variant}"); the later evaluation has ${matches.length}, in different setups`,
	};
}

/** One link from a table cell to the same figure on another card. */
export interface RestatementLink {
	/** The other cell's row, on its card page. */
	href: string;
	cardTitle: string;
	/** The figure as the other card prints it, with its marks ("≈ 49%"), or why it is missing. */
	text: string;
	/** True on the later card: the link goes back to the model's own card. */
	toOwnCard: boolean;
}

const cellText = (evaluation: Evaluation, result: EvaluationResult) => {
	if (result.value === undefined) return MISSING_REASON_LABELS[result.missing!];
	const { approximate } = provenanceOf(evaluation, result);
	return valueText(
		result.value,
		result.ci,
		metricOf(evaluation, result.metric),
		approximate,
		result.bound,
	);
};

const cellHref = (evaluationId: string, evaluation: Evaluation, result: EvaluationResult) => {
	const [cardId, ...rest] = evaluationId.split('/');
	const key = tableRowAnchorKey(evaluation, result.row, metricOf(evaluation, result.metric).id);
	return `${cardPath(cardId!)}#${evaluationRowAnchor(rest.join('/'), key)}`;
};

/**
 * Every restatement link, both ways, by `<evaluation id>#<result index>`. Computed once per build,
 * as every card page asks for its own.
 */
export function restatementLinks(
	catalogue: Pick<Catalogue, 'evaluations' | 'card' | 'derived'>,
): ReadonlyMap<string, readonly RestatementLink[]> {
	return catalogue.derived('restatement-links', ({ evaluations, card }) => {
		const byId = new Map(evaluations.map((entry) => [entry.id, entry.data]));
		const titleOf = (evaluationId: string) => card(evaluationId.split('/')[0]!)?.data.title ?? '';
		const links = new Map<string, RestatementLink[]>();
		const add = (key: string, link: RestatementLink) =>
			links.set(key, [...(links.get(key) ?? []), link]);
		for (const { id, data: own } of evaluations) {
			own.results.forEach((result, index) => {
				for (const restatement of result.restatedIn ?? []) {
					const laterId = restatement.evaluation.id;
					const later = byId.get(laterId);
					if (!later) continue;
					const found = restatedResult(later, result.model.id, restatement);
					if (!('index' in found)) continue;
					const laterResult = later.results[found.index]!;
					add(`${id}#${index}`, {
						href: cellHref(laterId, later, laterResult),
						cardTitle: titleOf(laterId),
						text: cellText(later, laterResult),
						toOwnCard: false,
					});
					add(`${laterId}#${found.index}`, {
						href: cellHref(id, own, result),
						cardTitle: titleOf(id),
						text: cellText(own, result),
						toOwnCard: true,
					});
				}
			});
		}
		return links;
	});
}
