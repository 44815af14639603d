/**
 * The anchor lock over real builds of fixture content: renaming an evaluation without an alias
 * breaks a locked anchor and the lock check says so; with an alias the old link still lands; a
 * renamed card keeps its old URL as a forwarding page.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildSite } from './site-build.ts';
import { brokenPromises, lockFromManifest, type AnchorManifest } from '../../src/lib/anchor-manifest.ts';

const root = mkdtempSync(join(tmpdir(), 'cardshelf-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function buildManifest(content: string, name: string): AnchorManifest {
	const dist = join(root, `dist-${name}`);
	const result = buildSite({ content, dist });
	expect(result.status, result.output).toBe(0);
	return JSON.parse(readFileSync(join(dist, 'anchors.json'), 'utf8'));
}

function fixtureCopy(name: string): string {
	const content = join(root, name, 'content');
	cpSync(join(import.meta.dirname, '../fixtures/valid-content'), content, { recursive: true });
	return content;
}

function renameEvaluation(content: string) {
	const folder = join(content, 'evaluations/example-card');
	renameSync(join(folder, 'example-qa.yaml'), join(folder, 'hallucination-qa.yaml'));
	const card = join(content, 'cards/example-card.mdx');
	writeFileSync(card, readFileSync(card, 'utf8').replace('<Evaluation id="example-qa" />', '<Evaluation id="hallucination-qa" />'));
}

function editCard(content: string, from: string, to: string) {
	const card = join(content, 'cards/example-card.mdx');
	const text = readFileSync(card, 'utf8');
	if (!text.includes(from)) throw new Error(`fixture edit did not apply: ${from}`);
	writeFileSync(card, text.replace(from, to));
}

test('the lock catches a renamed evaluation without an alias, and accepts it with one', () => {
	const lock = lockFromManifest(buildManifest(fixtureCopy('base'), 'base'));
	expect(lock.pages['/cards/example-card/']).toContain('eval-example-qa');
	expect(lock.pages['/cards/example-card/']).toContain('risk-cbrn');

	const renamed = fixtureCopy('renamed');
	renameEvaluation(renamed);
	const problems = brokenPromises(lock, buildManifest(renamed, 'renamed'));
	expect(problems).toContain(
		'/cards/example-card/#eval-example-qa: the anchor is gone. If it was renamed, add `anchorAliases: { eval-example-qa: <new id> }` to the card.',
	);

	const aliased = fixtureCopy('aliased');
	renameEvaluation(aliased);
	const rowAliases = lock.pages['/cards/example-card/']!.filter((id) => id.startsWith('eval-example-qa--')).map((id) => `  ${id}: ${id.replace('eval-example-qa', 'eval-hallucination-qa')}`);
	editCard(aliased, 'coverage: full', `coverage: full\nanchorAliases:\n  eval-example-qa: eval-hallucination-qa\n${rowAliases.join('\n')}`);
	const manifest = buildManifest(aliased, 'aliased');
	expect(brokenPromises(lock, manifest)).toEqual([]);
	expect(manifest.pages['/cards/example-card/']!.aliases['eval-example-qa']).toBe('eval-hallucination-qa');
});

test('a renamed card keeps its old URL, forwarding to the new one with its anchors', () => {
	const lock = lockFromManifest(buildManifest(fixtureCopy('card-base'), 'card-base'));

	const moved = fixtureCopy('moved');
	renameSync(join(moved, 'cards/example-card.mdx'), join(moved, 'cards/example-system-card.mdx'));
	renameSync(join(moved, 'evaluations/example-card'), join(moved, 'evaluations/example-system-card'));
	const withoutRedirect = brokenPromises(lock, buildManifest(moved, 'moved'));
	expect(withoutRedirect).toContain('/cards/example-card/: the page is gone. Keep its URL with a redirect (a card\'s `formerIds`) instead of removing it.');

	const card = join(moved, 'cards/example-system-card.mdx');
	writeFileSync(card, readFileSync(card, 'utf8').replace('coverage: full', 'coverage: full\nformerIds: [example-card]'));
	const manifest = buildManifest(moved, 'redirected');
	expect(manifest.redirects['/cards/example-card/']).toBe('/cards/example-system-card/');
	expect(brokenPromises(lock, manifest)).toEqual([]);
});
