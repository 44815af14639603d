import { expect, test } from 'vitest';
import { toCsv } from '../../../src/lib/csv.ts';
import { evaluationCsv } from '../../../src/lib/evaluation-csv.ts';
import { evaluationSchema, makeEvaluation } from '../factories.ts';

test('fields with commas, quotes or line breaks are quoted, quotes doubled; records end in CRLF', () => {
	const csv = toCsv(
		['a', 'b', 'c', 'd', 'e'],
		[
			['plain', 'one, two', 'say "hi"', 'line\nbreak', 'carriage\rreturn'],
			[1.5, true, undefined, '', ''],
		],
	);

	expect(csv).toBe(
		'a,b,c,d,e\r\nplain,"one, two","say ""hi""","line\nbreak","carriage\rreturn"\r\n1.5,true,,,\r\n',
	);
});

test('an evaluation becomes one record per result, values as published, with their source', () => {
	const evaluation = evaluationSchema.parse(
		makeEvaluation({
			results: [
				{ model: 'model-a', value: 21.7 },
				{
					model: 'model-b',
					basis: 'chart-reading',
					value: 19.6,
					locator: { source: 'example-card-pdf', figure: '5, "left panel"' },
				},
				{ model: 'model-c', missing: 'not-reported' },
			],
		}),
	);
	const source = (id: string) =>
		id === 'example-card-pdf'
			? {
					title: 'Example, the card',
					publisher: 'Example',
					kind: 'official' as const,
					url: 'https://example.com/card.pdf',
				}
			: undefined;

	const lines = evaluationCsv(
		'example',
		'example-eval',
		evaluation,
		(id) => id.toUpperCase(),
		source,
	).split('\r\n');

	expect(lines[0]).toBe(
		'model_id,model,variant,opponent,row,metric,unit,value,ci_half_width,missing,approximate,basis,setup,source,source_locator,source_url,page_anchor',
	);
	expect(lines[1]).toBe(
		'model-a,MODEL-A,,,,Accuracy,percent,21.7,,,false,table,,"Example, the card","§4.1, Table 1, p. 3",https://example.com/card.pdf,/cards/example/#eval-example-eval--accuracy',
	);
	expect(lines[2]).toBe(
		'model-b,MODEL-B,,,,Accuracy,percent,19.6,,,true,chart-reading,,"Example, the card","figure: 5, ""left panel""",https://example.com/card.pdf,/cards/example/#eval-example-eval--accuracy',
	);
	expect(lines[3]).toContain(
		',,,Evaluated, not reported,'.replace('Evaluated, not reported', '"Evaluated, not reported"'),
	);
	expect(lines).toHaveLength(5);
	expect(lines[4]).toBe('');
});

test('a text field a spreadsheet would run as a formula is neutralised; numbers are not', () => {
	const csv = toCsv(
		['text', 'number'],
		[
			['=HYPERLINK("https://evil.example")', -2.5],
			['+1', 0],
			['-x', 1],
			['@SUM(A1)', 2],
			['\tindented', 3],
			['\rreturn', 4],
			['plain = fine', 5],
		],
	);

	expect(csv.split('\r\n').slice(1, -1)).toEqual([
		`"'=HYPERLINK(""https://evil.example"")",-2.5`,
		`'+1,0`,
		`'-x,1`,
		`'@SUM(A1),2`,
		`'\tindented,3`,
		`"'\rreturn",4`,
		'plain = fine,5',
	]);
});
