/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF, and a field quoted when it
 * holds a comma, a double quote, CR or LF, with its quotes doubled. A dozen lines do not earn a
 * dependency; tests/unit/lib/csv.test.ts shows each case.
 *
 * A text field that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or CR)
 * gets a leading apostrophe, the usual guard against formula injection. Numbers are written as
 * numbers, so a negative value stays a value. The page and the JSON keep the text untouched.
 */
export type CsvField = string | number | boolean | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: CsvField): string {
	const text =
		value === undefined
			? ''
			: typeof value === 'string' && FORMULA_START.test(value)
				? `'${value}`
				: String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(
	header: readonly string[],
	records: ReadonlyArray<readonly CsvField[]>,
): string {
	return [header, ...records].map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
}
