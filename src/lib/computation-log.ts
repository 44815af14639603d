/**
 * A log of the computations over the whole catalogue, for the test that each runs once per build,
 * not once per page (tests/content/long-lists.test.ts). Off unless CARDSHELF_COMPUTATION_LOG names
 * a file; each computation then appends its name to it, one line each.
 */
import { appendFileSync } from 'node:fs';

export function logComputation(name: string): void {
	const file = process.env['CARDSHELF_COMPUTATION_LOG'];
	if (file) appendFileSync(file, `${name}\n`);
}
