import { describe, expect, test } from 'vitest';
import { issuesOf, modelSchema } from '../factories.ts';

const model = (specs: unknown[]) => ({
	name: 'Example',
	publisher: 'openai',
	summary: 'An example model.',
	specs,
});
const source = [{ source: 'launch-post' }];

describe('model schema', () => {
	test('a disclosed spec has a value and a source', () => {
		const parsed = modelSchema.parse(
			model([
				{
					key: 'context-window',
					status: 'disclosed',
					value: 200000,
					unit: 'tokens',
					sources: source,
				},
			]),
		);

		expect(parsed.specs[0]).toMatchObject({ key: 'context-window', value: 200000 });
	});

	test('a spec without a source is rejected', () => {
		expect(
			issuesOf(
				modelSchema,
				model([{ key: 'context-window', status: 'disclosed', value: 200000, sources: [] }]),
			),
		).toEqual(['specs.0.sources: expected at least one source locator']);
	});

	test('"not disclosed" can carry third-party estimates, typed as estimates', () => {
		const parsed = modelSchema.parse(
			model([
				{
					key: 'parameters',
					status: 'not-disclosed',
					sources: source,
					reports: [
						{ value: 20000000000, unit: 'parameters', status: 'estimate', sources: source },
					],
				},
			]),
		);

		expect(parsed.specs[0]).toMatchObject({
			status: 'not-disclosed',
			reports: [{ status: 'estimate' }],
		});
	});

	test('"not disclosed" has no value of its own', () => {
		expect(
			issuesOf(
				modelSchema,
				model([
					{
						key: 'knowledge-cutoff',
						status: 'not-disclosed',
						value: '2023-10-01',
						sources: source,
					},
				]),
			)[0],
		).toMatch(/unknown key "value"/);
	});

	test('unknown spec keys are rejected', () => {
		expect(
			issuesOf(
				modelSchema,
				model([{ key: 'context', status: 'disclosed', value: 1, sources: source }]),
			)[0],
		).toMatch(/^specs\.0\.key: Invalid option/);
	});
});
