/**
 * Minimal valid entries, for tests that change one field at a time. Each factory returns the input
 * an author would write; tests parse it with the real schemas.
 */
import { createCardSchema, createEvaluationSchema, createModelSchema, standaloneContext } from '../../src/schema/index.ts';

export const cardSchema = createCardSchema(standaloneContext);
export const evaluationSchema = createEvaluationSchema(standaloneContext);
export const modelSchema = createModelSchema(standaloneContext);

export function makeCard(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
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
			{ category: 'cbrn', preMitigation: 'medium', postMitigation: 'medium', locator: { source: 'example-card-pdf', section: '5' } },
		],
		...overrides,
	};
}

export function makeEvaluation(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
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
	};
}

/** Issues as `path: message` lines, the way the content check reports them. */
export function issuesOf(schema: { safeParse: (data: unknown, params?: object) => { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } } }, data: unknown): string[] {
	const result = schema.safeParse(data, { reportInput: true });
	return result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
