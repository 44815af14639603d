/** "§4.1.3, Table 3, p. 4": where in a document a figure is. */
import type { Locator } from '../schema/source.ts';

export function locatorText(
	locator: Pick<Locator, 'section' | 'table' | 'figure' | 'page'>,
): string {
	return [
		locator.section ? `§${locator.section}` : undefined,
		locator.table,
		locator.figure ? `figure: ${locator.figure}` : undefined,
		locator.page !== undefined ? `p. ${locator.page}` : undefined,
	]
		.filter(Boolean)
		.join(', ');
}
