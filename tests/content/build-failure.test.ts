/**
 * A real `npm run build` over fixture content: good content publishes; bad content fails the build
 * with the content check's report, and the last good dist/ stays exactly as it was.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { BAD_CONTENT_CASES } from './bad-content-cases.ts';
import { buildSite } from './site-build.ts';

const root = mkdtempSync(join(tmpdir(), 'cardshelf-build-'));
const dist = join(root, 'dist');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const build = (content: string) => buildSite({ content, dist });

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
