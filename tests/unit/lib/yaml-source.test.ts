import { expect, test } from 'vitest';
import { parseYamlSource } from '../../../src/lib/yaml-source.ts';

const dataOf = (text: string) => parseYamlSource(text).data as Record<string, unknown>;

test('a date that exists, written YYYY-MM-DD, is read as that date', () => {
	expect(dataOf('published: 2025-01-31\n')['published']).toEqual(new Date('2025-01-31T00:00:00Z'));
});

test.each([
	['a day that does not exist', 'published: 2025-31-01\n', '2025-31-01'],
	['a month or day without its zero', 'published: 2025-1-5\n', '2025-1-5'],
	[
		'a time that moves the day in UTC',
		'published: 2025-01-31T23:00:00-05:00\n',
		'2025-01-31T23:00:00-05:00',
	],
	['a time after a space', 'published: 2025-01-31 23:00:00-05:00\n', '2025-01-31 23:00:00-05:00'],
])('%s is kept as written, for the schema to reject as written', (_, text, written) => {
	expect(dataOf(text)['published']).toBe(written);
});

test('one odd date anywhere sends every date through the check, and each is judged on its own', () => {
	const data = dataOf('published: 2025-01-31\nupdated: 2025-02-30\nnote: "2025-1-1"\n');
	expect(data['published']).toEqual(new Date('2025-01-31T00:00:00Z'));
	expect(data['updated']).toBe('2025-02-30');
	expect(data['note']).toBe('2025-1-1');
});
