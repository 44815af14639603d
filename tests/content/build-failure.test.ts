/**
 * A real `npm run build` over fixture content: good content publishes; bad content fails the build
 * with the content check's report, and the last good dist/ stays exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { BAD_CONTENT_CASES } from './bad-content-cases.ts';

const root = mkdtempSync(join(tmpdir(), 'cardshelf-build-'));
const dist = join(root, 'dist');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function build(content: string) {
	const result = spawnSync(process.execPath, ['scripts/safe-build.mjs'], {
		encoding: 'utf8',
		env: { ...process.env, CARDSHELF_CONTENT_DIR: content, CARDSHELF_DIST: dist, NO_COLOR: '1' },
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const snapshot = (folder: string) =>
	readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			return `${path.slice(folder.length)}:${readFileSync(path).length}`;
		})
		.sort();

test('a failing build reports the problem and leaves the last good dist/ untouched', () => {
	const good = join(root, 'good', 'content');
	cpSync(join(import.meta.dirname, '../fixtures/valid-content'), good, { recursive: true });
	const first = build(good);
	expect(first.status, first.output).toBe(0);
	expect(readFileSync(join(dist, 'cards/example-card/index.html'), 'utf8')).toContain('Example System Card');
	const before = snapshot(dist);

	const bad = join(root, 'bad', 'content');
	cpSync(good, bad, { recursive: true });
	BAD_CONTENT_CASES.find((badCase) => badCase.name === 'category from the other framework')!.apply(bad);
	const second = build(bad);

	expect(second.status).not.toBe(0);
	expect(second.output).toContain(
		'content/cards/example-card.mdx:13  ratings[0].category: got "biological-and-chemical"; expected a Preparedness Framework v1 category: "cbrn", "cybersecurity", "persuasion", "model-autonomy"',
	);
	expect(second.output).toContain('the last good build in');
	expect(snapshot(dist)).toEqual(before);
	expect(readdirSync(root).filter((entry) => entry.includes('staging'))).toEqual([]);
});
