/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF, and a field quoted when it
 * holds a comma, a double quote, CR or LF, with its quotes doubled. A dozen lines do not earn a
 * dependency; tests/unit/lib/csv.test.ts shows each case.
 */
export type CsvField = string | number | boolean | undefined;

function csvField(value: CsvField): string {
	const text = value === undefined ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(
	header: readonly string[],
	records: ReadonlyArray<readonly CsvField[]>,
): string {
	return [header, ...records].map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
}
