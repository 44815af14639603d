import { expect, test } from 'vitest';
import {
	BenchmarkSchema,
	SourceSchema,
	createLocatorSchema,
	standaloneContext,
} from '../../../src/schema/index.ts';
import { describeIssue, formatPath, issueText } from '../../../src/lib/describe-issue.ts';

const LocatorSchema = createLocatorSchema(standaloneContext);

test('a source has a kind from the closed list and an http(s) URL', () => {
	expect(
		SourceSchema.parse({
			title: 'Card',
			publisher: 'OpenAI',
			kind: 'official',
			url: 'https://openai.com/x/',
		}).kind,
	).toBe('official');
	expect(SourceSchema.safeParse({ title: 'Card', publisher: 'OpenAI', kind: 'blog' }).success).toBe(
		false,
	);
});

test('a locator accepts a page or a printed page range, and names its source', () => {
	expect(LocatorSchema.parse({ source: 'card-pdf', section: '5.4', page: '24-25' })).toEqual({
		source: { id: 'card-pdf', collection: 'sources' },
		section: '5.4',
		page: '24-25',
	});
	expect(LocatorSchema.safeParse({ source: 'card-pdf', page: 'p. 4' }).success).toBe(false);
});

test('a benchmark has an area and a description', () => {
	expect(
		BenchmarkSchema.safeParse({
			name: 'SWE-bench Verified',
			area: 'capability',
			description: 'Coding tasks.',
		}).success,
	).toBe(true);
	expect(
		BenchmarkSchema.safeParse({
			name: 'SWE-bench Verified',
			area: 'coding',
			description: 'Coding tasks.',
		}).success,
	).toBe(false);
});

test('issue text names the value received and what is allowed', () => {
	const result = BenchmarkSchema.safeParse(
		{ name: 'X', area: 'coding', description: 'Y' },
		{ reportInput: true, error: describeIssue },
	);
	const [issue] = result.error!.issues;

	expect(`${formatPath(issue!.path)}: ${issueText(issue!)}`).toBe(
		'area: got "coding"; expected one of "capability", "safety", "preparedness"',
	);
	expect(formatPath(['results', 3, 'value'])).toBe('results[3].value');
	expect(formatPath([])).toBe('(top level)');
});
