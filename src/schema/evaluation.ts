/**
 * An evaluation as one card reports it: named metrics, and results per model, variant and setup.
 * Conditions that change what a number means (reasoning effort, pass@k, tools, sample size, grader)
 * are fields, so a later view can refuse to rank numbers measured differently.
 *
 * Every cell of a rendered table is a result: a value, or a reason the value is missing. A blank
 * cell can therefore never be read as zero or as "not tested".
 */
import { z } from 'astro/zod';
import { registry as defaultRegistry, type Registry } from '../frameworks/registry.ts';
import { createLocatorSchema } from './source.ts';
import { IdSchema, NameSchema, strictObject, TextSchema } from './shared.ts';
import type { SchemaContext } from './reference.ts';

export const EVALUATION_AREAS = [
	'safety',
	'red-teaming',
	'third-party-assessment',
	'preparedness',
	'capability',
] as const;

/** Units a metric is reported in. The unit decides the valid range of its values. */
export const UNITS = ['percent', 'fraction', 'count', 'coefficient', 'score'] as const;
export type Unit = (typeof UNITS)[number];

/** Which version of a model produced a result. */
export const VARIANTS = [
	'default',
	'pre-mitigation',
	'post-mitigation',
	'helpful-only',
	'launch-candidate',
	'near-final-checkpoint',
	'non-final-checkpoint',
	'fine-tuned',
] as const;
export type Variant = (typeof VARIANTS)[number];

export const VARIANT_LABELS: Record<Variant, string> = {
	default: '',
	'pre-mitigation': 'pre-mitigation',
	'post-mitigation': 'post-mitigation',
	'helpful-only': 'helpful-only',
	'launch-candidate': 'launch candidate',
	'near-final-checkpoint': 'near-final checkpoint',
	'non-final-checkpoint': 'non-final checkpoint',
	'fine-tuned': 'fine-tuned',
};

/** A value the card prints as a bound ("< 0.25%", "more than 90%"), with the sign every view shows. */
export const BOUNDS = ['less-than', 'at-most', 'at-least', 'more-than'] as const;
export type Bound = (typeof BOUNDS)[number];
export const BOUND_SIGNS: Record<Bound, string> = {
	'less-than': '<',
	'at-most': '≤',
	'at-least': '≥',
	'more-than': '>',
};

/** Why a cell has no value. */
export const MISSING_REASONS = [
	'not-evaluated',
	'not-reported',
	'not-recovered',
	'not-given',
	'redacted',
	'not-applicable',
] as const;
export type MissingReason = (typeof MISSING_REASONS)[number];

export const MISSING_REASON_LABELS: Record<MissingReason, string> = {
	'not-evaluated': 'Not evaluated',
	'not-reported': 'Evaluated, not reported',
	'not-recovered': 'Not recovered from the sources we hold',
	/** The card prints a dash or leaves the cell empty, without saying why. */
	'not-given': 'No value given in the card',
	redacted: 'Redacted',
	'not-applicable': 'Not applicable',
};

/**
 * Where a value comes from. `table` and `text` are printed in the card; `chart-reading` is read off
 * a chart, so approximate; `secondary` comes from a source other than the card.
 */
export const VALUE_BASES = ['table', 'text', 'chart-reading', 'secondary'] as const;
export type ValueBasis = (typeof VALUE_BASES)[number];

export const REASONING_EFFORTS = ['minimal', 'low', 'medium', 'high'] as const;

/** Whether a hybrid reasoning model answered straight away or thought at length first. */
export const THINKING_MODES = ['standard', 'extended'] as const;
export const THINKING_MODE_LABELS: Record<(typeof THINKING_MODES)[number], string> = {
	standard: 'standard thinking',
	extended: 'extended thinking',
};

export const ConditionsSchema = strictObject({
	/**
	 * The dated version of the model, as the card names it ("Preview (05-06)"), where one table sets
	 * several versions of a model side by side; each version is its own column and its own setup.
	 */
	modelVersion: NameSchema.optional(),
	reasoningEffort: z.enum(REASONING_EFFORTS).optional(),
	thinking: z.enum(THINKING_MODES).optional(),
	/** The most tokens the model may think for, where the card states a budget. */
	thinkingBudget: z.int().positive().optional(),
	/** A named part of the benchmark the figure is over, e.g. "hard subset"; a different subset is a different setup. */
	subset: TextSchema.optional(),
	/** pass@k: success if any of k attempts succeeds. */
	passAtK: z.int().positive().optional(),
	/** cons@k: the majority answer over k samples. */
	consensusAtK: z.int().positive().optional(),
	/** Attempts or rollouts per task, where the card states them. */
	attempts: z.int().positive().optional(),
	browsing: z.boolean().optional(),
	/** Whether deployment safeguards (classifiers, monitoring, system-prompt mitigations) were on. */
	safeguards: z.boolean().optional(),
	tools: z.boolean().optional(),
	/** Agent scaffold or harness, e.g. "Agentless 1.0". */
	scaffold: TextSchema.optional(),
	/** Number of tasks, questions or samples the figure is over. */
	sampleSize: z.int().positive().optional(),
	/** Who or what scored the answers. */
	grader: TextSchema.optional(),
});
export type Conditions = z.output<typeof ConditionsSchema>;

export const MetricSchema = strictObject({
	id: IdSchema,
	label: NameSchema,
	unit: z.enum(UNITS),
	higherIsBetter: z.boolean(),
	/**
	 * Decimal places as printed (e.g. 4 for 0.8070). Values are shown with exactly this many, and a
	 * value with more decimals is rejected, because showing it would round it.
	 */
	decimals: z.int().min(0).max(6).optional(),
	description: TextSchema.optional(),
});
export type Metric = z.output<typeof MetricSchema>;

const RANGES: Record<Unit, { min: number; max: number; hint: string } | undefined> = {
	percent: { min: 0, max: 100, hint: 'a percentage from 0 to 100 (write 14.8 for 14.8%)' },
	fraction: { min: 0, max: 1, hint: 'a fraction from 0 to 1 (write 0.73, not 73)' },
	coefficient: { min: 0, max: 1, hint: 'a normalised coefficient from 0 to 1' },
	count: { min: 0, max: Number.MAX_SAFE_INTEGER, hint: 'a whole count of 0 or more' },
	score: undefined,
};

/** Decimal places of a number as JavaScript holds it, exponent forms (1.5e-7) included. */
export function decimalPlaces(value: number): number {
	const [mantissa, exponent = '0'] = String(value).split('e');
	const fraction = mantissa!.split('.')[1]?.length ?? 0;
	return Math.max(0, fraction - Number(exponent));
}

/**
 * Problems with one number of a metric: its range, whole counts, and its decimals. `what` names it
 * in the message ("the interval").
 */
function numberProblems(value: number, metric: Metric, what = 'the value'): string[] {
	const problems: string[] = [];
	const range = RANGES[metric.unit];
	if (range && (value < range.min || value > range.max))
		problems.push(`expected ${range.hint}; metric "${metric.id}" is in unit ${metric.unit}`);
	if (metric.unit === 'count' && !Number.isInteger(value))
		problems.push(`expected a whole number: metric "${metric.id}" counts things`);
	if (metric.decimals !== undefined && decimalPlaces(value) > metric.decimals) {
		problems.push(
			`expected at most ${metric.decimals} decimal places, as metric "${metric.id}" is printed; showing more would round ${what}`,
		);
	}
	return problems;
}

export function createEvaluationSchema(
	context: SchemaContext,
	registry: Registry = defaultRegistry,
) {
	const riskCategories = [
		...new Set(
			registry.frameworks.flatMap((framework) =>
				framework.categories.map((category) => category.id),
			),
		),
	] as [string, ...string[]];
	const Locator = createLocatorSchema(context);
	const Result = strictObject({
		model: context.reference('models'),
		variant: z.enum(VARIANTS).default('default'),
		/** Row id, when the evaluation has rows (languages, categories, tasks...). */
		row: IdSchema.optional(),
		/** Metric id; may be omitted when the evaluation has one metric. */
		metric: IdSchema.optional(),
		value: z.number().optional(),
		/** Half-width of the printed confidence interval, in the metric's unit. */
		ci: z.number().nonnegative().optional(),
		/** Set when the card gives the value as a bound, not as the figure itself. */
		bound: z.enum(BOUNDS).optional(),
		missing: z.enum(MISSING_REASONS).optional(),
		basis: z.enum(VALUE_BASES).optional(),
		/**
		 * Set on a secondary value that its source gives as approximate (read off a chart, or
		 * written "about"): shown as approximate ("≈") as well as secondary. A value the card prints
		 * is never approximate; one we read off the chart ourselves is `basis: chart-reading`.
		 */
		approximate: z.literal(true).optional(),
		/** Conditions that apply to this result only (e.g. a different scaffold). */
		conditions: ConditionsSchema.optional(),
		/** The model this result is compared against, for head-to-head win rates. */
		opponent: context.reference('models').optional(),
		locator: Locator.optional(),
		note: TextSchema.optional(),
		/**
		 * The same figure as a later card prints it, where that card ran this model again for
		 * comparison: the evaluation there, and its row, metric and variant for this model. Both
		 * tables then link to each other, so a reader sees both figures.
		 */
		restatedIn: z
			.array(
				strictObject({
					evaluation: context.reference('evaluations'),
					row: IdSchema.optional(),
					metric: IdSchema.optional(),
					variant: z.enum(VARIANTS).optional(),
					/**
					 * The cell's own conditions there, where the model has a cell per setup (e.g.
					 * standard and extended thinking); none picks the cell without conditions of its own.
					 */
					conditions: ConditionsSchema.optional(),
				}),
			)
			.min(1)
			.optional(),
	});

	return strictObject({
		title: NameSchema,
		area: z.enum(EVALUATION_AREAS),
		/** The framework category the evaluation informs; checked against the card's framework. */
		riskCategory: z.enum(riskCategories).optional(),
		benchmark: context.reference('benchmarks').optional(),
		/** What it measures and how, in our words. */
		description: TextSchema,
		locator: Locator,
		/** Where values come from unless a result says otherwise. */
		basis: z.enum(VALUE_BASES).default('table'),
		conditions: ConditionsSchema.default({}),
		metrics: z.array(MetricSchema).min(1, { error: 'expected at least one metric' }),
		rows: z.array(strictObject({ id: IdSchema, label: NameSchema })).optional(),
		/** Human or reference baselines shown beside the results. */
		baselines: z
			.array(
				strictObject({
					label: NameSchema,
					value: z.number(),
					metric: IdSchema.optional(),
					note: TextSchema.optional(),
				}),
			)
			.optional(),
		notes: z.array(TextSchema).optional(),
		results: z.array(Result).min(1, { error: 'expected at least one result' }),
	}).superRefine((evaluation, ctx) => {
		const metricIds = evaluation.metrics.map((metric) => metric.id);
		const rowIds = evaluation.rows?.map((row) => row.id) ?? [];
		const listed = (ids: string[]) => ids.map((id) => `"${id}"`).join(', ');
		for (const [kind, ids] of [
			['metric', metricIds],
			['row', rowIds],
		] as const) {
			ids.forEach((id, index) => {
				if (ids.indexOf(id) !== index) {
					ctx.addIssue({
						code: 'custom',
						path: [`${kind}s`, index, 'id'],
						input: id,
						message: `duplicate ${kind} id; each ${kind} id must be unique in the evaluation`,
					});
				}
			});
		}
		// Figures from the card itself name the section they come from. Figures known only through
		// secondary sources may not have one: nobody we can cite has said where they sit.
		if (!evaluation.locator.section && evaluation.basis !== 'secondary') {
			ctx.addIssue({
				code: 'custom',
				path: ['locator', 'section'],
				input: undefined,
				message: 'expected the section of the card the evaluation comes from, e.g. "4.1.3"',
			});
		}
		const cells = new Map<string, number>();
		const columnsByCell = new Map<string, Set<string>>();
		const columns = new Set<string>();
		evaluation.results.forEach((result, index) => {
			const at = (...path: PropertyKey[]) => ['results', index, ...path];
			const metricId = result.metric ?? (metricIds.length === 1 ? metricIds[0] : undefined);
			const metric = evaluation.metrics.find((candidate) => candidate.id === metricId);
			if (!metric) {
				ctx.addIssue({
					code: 'custom',
					path: at('metric'),
					input: result.metric,
					message: `expected one of this evaluation's metrics: ${listed(metricIds)}`,
				});
			}
			if (rowIds.length > 0 && (!result.row || !rowIds.includes(result.row))) {
				ctx.addIssue({
					code: 'custom',
					path: at('row'),
					input: result.row,
					message: `expected one of this evaluation's rows: ${listed(rowIds)}`,
				});
			}
			if (rowIds.length === 0 && result.row) {
				ctx.addIssue({
					code: 'custom',
					path: at('row'),
					input: result.row,
					message: 'expected no row: this evaluation declares no rows',
				});
			}
			if (result.approximate && (result.basis ?? evaluation.basis) !== 'secondary') {
				ctx.addIssue({
					code: 'custom',
					path: at('approximate'),
					input: result.approximate,
					message:
						"expected `approximate` only on a secondary value (basis: secondary); a value read off the card's chart is basis: chart-reading",
				});
			}
			if ((result.value === undefined) === (result.missing === undefined)) {
				ctx.addIssue({
					code: 'custom',
					path: at('value'),
					input: result.value,
					message: 'expected exactly one of `value` or `missing` (the reason a value is absent)',
				});
			}
			if (metric && result.value !== undefined) {
				for (const message of numberProblems(result.value, metric))
					ctx.addIssue({ code: 'custom', path: at('value'), input: result.value, message });
			}
			if (metric && result.ci !== undefined) {
				for (const message of numberProblems(result.ci, metric, 'the interval'))
					ctx.addIssue({ code: 'custom', path: at('ci'), input: result.ci, message });
			}
			if (result.opponent && result.opponent.id === result.model.id) {
				ctx.addIssue({
					code: 'custom',
					path: at('opponent'),
					input: result.opponent.id,
					message: 'expected another model: a model is not compared with itself',
				});
			}
			const column = JSON.stringify([
				result.model.id,
				result.variant,
				result.opponent?.id,
				result.conditions,
			]);
			const cell = JSON.stringify([result.row, metricId]);
			columns.add(column);
			const key = `${cell}${column}`;
			if (cells.has(key)) {
				ctx.addIssue({
					code: 'custom',
					path: at('model'),
					input: result.model.id,
					message: `duplicate result: results[${cells.get(key)}] already gives this model, variant, row and metric`,
				});
			}
			cells.set(key, index);
			if (!columnsByCell.has(cell)) columnsByCell.set(cell, new Set());
			columnsByCell.get(cell)!.add(column);
		});
		// Every row of the rendered table has a cell in every column: a value or a stated reason.
		for (const [cell, present] of columnsByCell) {
			for (const column of columns) {
				if (present.has(column)) continue;
				const [row, metric] = JSON.parse(cell) as [string | undefined, string | undefined];
				const [model, variant] = JSON.parse(column) as [string, string];
				ctx.addIssue({
					code: 'custom',
					path: ['results'],
					input: undefined,
					params: { omitInput: true },
					message: `missing cell: model "${model}" (${variant}) has no result for ${row ? `row "${row}", ` : ''}metric "${metric}"; add a value, or \`missing\` with the reason`,
				});
			}
		}
		// A declared row or metric with no result would vanish from the table without a word.
		const usedRows = new Set(evaluation.results.map((result) => result.row));
		const usedMetrics = new Set(
			evaluation.results.map(
				(result) => result.metric ?? (metricIds.length === 1 ? metricIds[0] : undefined),
			),
		);
		for (const [kind, ids, used] of [
			['row', rowIds, usedRows],
			['metric', metricIds, usedMetrics],
		] as const) {
			ids.forEach((id, index) => {
				if (!used.has(id)) {
					ctx.addIssue({
						code: 'custom',
						path: [`${kind}s`, index, 'id'],
						input: id,
						message: `expected a result for ${kind} "${id}": every cell needs a value or \`missing\` with its reason, or the ${kind} is removed`,
					});
				}
			});
		}
		evaluation.baselines?.forEach((baseline, index) => {
			const metric = evaluation.metrics.find(
				(candidate) => candidate.id === (baseline.metric ?? metricIds[0]),
			);
			if (!metric) {
				ctx.addIssue({
					code: 'custom',
					path: ['baselines', index, 'metric'],
					input: baseline.metric,
					message: `expected one of this evaluation's metrics: ${listed(metricIds)}`,
				});
				return;
			}
			for (const message of numberProblems(baseline.value, metric, 'the baseline'))
				ctx.addIssue({
					code: 'custom',
					path: ['baselines', index, 'value'],
					input: baseline.value,
					message,
				});
		});
	});
}
export type Evaluation = z.output<ReturnType<typeof createEvaluationSchema>>;
export type EvaluationResult = Evaluation['results'][number];
