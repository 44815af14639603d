/**
 * Two builds of the same content give byte-identical data files: the API, its JSON Schemas and the
 * CSV downloads, so a reader can diff releases and caches never churn.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildSite } from './site-build.ts';

const root = mkdtempSync(join(tmpdir(), 'cardshelf-determinism-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function build(name: string): string {
	const dist = join(root, name);
	const result = buildSite({ dist });
	expect(result.status, result.output).toBe(0);
	return dist;
}

/** path → sha256 of every data file under dist. */
function dataFiles(dist: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dist, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile() && /^(api|schema)\//.test(relative(dist, join(entry.parentPath, entry.name))) || (entry.isFile() && entry.name.endsWith('.csv')))
			.map((entry) => join(entry.parentPath, entry.name))
			.map((path) => [relative(dist, path), createHash('sha256').update(readFileSync(path)).digest('hex')])
			.sort(([a], [b]) => a!.localeCompare(b!)),
	);
}

test('two builds give identical api/, schema/ and CSV files', () => {
	const first = dataFiles(build('first'));
	const second = dataFiles(build('second'));

	expect(Object.keys(first).length).toBeGreaterThan(100);
	expect(Object.keys(first)).toContain('api/cards/o3-mini.json');
	expect(Object.keys(first)).toContain('cards/o3-mini/evals/personqa.csv');
	expect(second).toEqual(first);
}, 240_000);
