/**
 * Minimal valid entries, for tests that change one field at a time. Each factory returns the input
 * an author would write; tests parse it with the real schemas.
 */
import { buildCatalogue, type Catalogue } from '../../src/lib/catalogue.ts';
import {
	BenchmarkSchema,
	SourceSchema,
	createCardSchema,
	createEvaluationSchema,
	createModelSchema,
	standaloneContext,
	type Source,
} from '../../src/schema/index.ts';

export const cardSchema = createCardSchema(standaloneContext);
export const evaluationSchema = createEvaluationSchema(standaloneContext);
export const modelSchema = createModelSchema(standaloneContext);

/** A card's input; an override set to `undefined` removes the key. */
export function makeCard(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return withoutUndefined({
		title: 'Example System Card',
		summary: 'What the example card covers.',
		kind: 'system-card',
		publisher: 'openai',
		published: '2025-01-31',
		models: ['example-model'],
		officialUrl: 'https://openai.com/index/example/',
		sources: ['example-card-pdf'],
		coverage: 'full',
		framework: 'pf-v1',
		ratings: [
			{
				category: 'cbrn',
				preMitigation: 'medium',
				postMitigation: 'medium',
				locator: { source: 'example-card-pdf', section: '5' },
			},
		],
		...overrides,
	});
}

const withoutUndefined = (record: Record<string, unknown>) =>
	Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));

export function makeEvaluation(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return withoutUndefined({
		title: 'Example evaluation',
		area: 'safety',
		description: 'What it measures.',
		locator: { source: 'example-card-pdf', section: '4.1', table: 'Table 1', page: 3 },
		metrics: [{ id: 'accuracy', label: 'Accuracy', unit: 'percent', higherIsBetter: true }],
		results: [
			{ model: 'model-a', value: 21.7 },
			{ model: 'model-b', value: 19.6 },
		],
		...overrides,
	});
}

/** Issues as `path: message` lines, the way the content check reports them. */
export function issuesOf(
	schema: {
		safeParse: (
			data: unknown,
			params?: object,
		) => { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } };
	},
	data: unknown,
): string[] {
	const result = schema.safeParse(data, { reportInput: true });
	return result.success
		? []
		: result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** A model entry's input, named `name`. */
export function makeModel(
	name: string,
	overrides: Record<string, unknown> = {},
): Record<string, unknown> {
	return { name, publisher: 'openai', summary: 'A model.', ...overrides };
}

/**
 * A catalogue built from minimal entries parsed through the real schemas, as the build builds one:
 * cards are `makeCard` overrides by id, evaluations `makeEvaluation` overrides by `card/evaluation`
 * id, models `makeModel` inputs by id.
 */
export function makeCatalogue(parts: {
	cards?: Record<string, Record<string, unknown>>;
	evaluations?: Record<string, Record<string, unknown>>;
	models?: Record<string, Record<string, unknown>>;
	sources?: Record<string, Source>;
	benchmarks?: Record<string, Record<string, unknown>>;
}): Catalogue {
	const entries = <T>(record: Record<string, unknown> | undefined, parse: (input: unknown) => T) =>
		Object.entries(record ?? {}).map(([id, input]) => ({ id, data: parse(input) }));
	return buildCatalogue({
		cards: entries(parts.cards, (overrides) =>
			cardSchema.parse(makeCard(overrides as Record<string, unknown>)),
		),
		evaluations: entries(parts.evaluations, (overrides) =>
			evaluationSchema.parse(makeEvaluation(overrides as Record<string, unknown>)),
		),
		models: entries(parts.models, (input) => modelSchema.parse(input)),
		sources: entries(parts.sources, (input) => SourceSchema.parse(input)),
		benchmarks: entries(parts.benchmarks, (input) => BenchmarkSchema.parse(input)),
	});
}
