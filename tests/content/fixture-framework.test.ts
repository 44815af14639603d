/**
 * Proof that a framework is data: a framework with a scoring kind of its own (its vocabulary and a
 * card-level determination) is registered in a copy of the project by adding two files, its
 * registry entry and its adapter (tests/fixtures/framework-kind/), and nothing else. The copy builds
 * the fixture's content, and every view shows the new framework's ratings. The standalone content
 * check (plain Node, not Vite) sees the new kind too.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const PROJECT = join(import.meta.dirname, '../..');
const FIXTURE = join(PROJECT, 'tests/fixtures/framework-kind');
const root = mkdtempSync(join(tmpdir(), 'cardshelf-framework-'));
const project = join(root, 'project');
const dist = join(root, 'dist');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (script: string, args: string[], env: Record<string, string>) =>
	spawnSync(process.execPath, [script, ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });

beforeAll(() => {
	for (const entry of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(PROJECT, entry), join(project, entry), { recursive: true });
	symlinkSync(join(PROJECT, 'node_modules'), join(project, 'node_modules'));
	// The only two files added: the registry entry and the adapter of its scoring kind.
	cpSync(join(FIXTURE, 'frameworks/entries/fixture-frontier-v1.yaml'), join(project, 'src/frameworks/entries/fixture-frontier-v1.yaml'));
	cpSync(join(FIXTURE, 'frameworks/scoring/alert-checks.ts'), join(project, 'src/frameworks/scoring/alert-checks.ts'));
	const build = run('scripts/safe-build.mjs', [], { CARDSHELF_CONTENT_DIR: join(FIXTURE, 'content'), CARDSHELF_DIST: dist });
	expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
}, 120_000);

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a framework with a new scoring kind, added as an entry and an adapter', () => {
	test('the card’s scorecard renders its columns, statuses and card-level determination', () => {
		const card = page('cards/fixture-card');
		const scorecard = text(card.slice(card.indexOf('id="scorecard"'), card.indexOf('</section>', card.indexOf('id="scorecard"'))));

		expect(scorecard).toContain('Frontier checks');
		expect(scorecard).toMatch(/Status .*Critical level evaluated/);
		expect(scorecard).toMatch(/Bio uplift .*Below the alert threshold .*Yes/);
		expect(scorecard).toMatch(/Cyber autonomy .*Alert threshold reached .*No/);
		expect(scorecard).toMatch(/Deployment decision .*Deployed/);
		expect(card).toContain('id="risk-overall"');
		expect(card).toContain('class="level tone-moderate">Alert threshold reached');
	});

	test('its ratings are on the risk explorer, by level, and on the framework’s page', () => {
		const risk = page('risk');
		expect(risk).toContain('id="matrix-fixture-frontier-v1"');
		expect(text(risk)).toMatch(/Fixture Frontier v1 .*Fixture Model .*Alert threshold reached/);
		expect(text(page('risk/fixture-frontier-v1/cyber-autonomy/alert-reached'))).toMatch(/Fixture Model\s*:\s*Alert threshold reached/);

		const framework = text(page('frameworks/fixture-frontier-v1'));
		expect(framework).toContain('Fixture Frontier Framework, version 1');
		expect(framework).toMatch(/Cards rated under it .*Fixture Model Card .*2/);
		expect(framework).toMatch(/Alert threshold reached .*Alert threshold/);
	});

	test('search records carry its facets, "at least" included', () => {
		const records = readdirSync(join(dist, 'pagefind/fragment')).map((file) => JSON.parse(gunzipSync(readFileSync(join(dist, 'pagefind/fragment', file))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; filters: Record<string, string[]> });
		const cyber = records.find((record) => record.url === '/cards/fixture-card/#risk-cyber-autonomy')!;

		expect(cyber.filters).toMatchObject({ framework: ['Fixture Frontier v1'], category: ['Cyber autonomy'], level: ['Alert threshold reached'], at_least: ['Alert threshold'] });
		expect(records.find((record) => record.url === '/cards/fixture-card/#risk-bio-uplift')!.filters['at_least'] ?? []).toEqual([]);
	});

	test('its API file validates against the published JSON Schema', () => {
		const ajv = new Ajv2020({ allErrors: true, strict: false });
		addFormats.default(ajv);
		const validate = ajv.compile(JSON.parse(readFileSync(join(dist, 'schema/card.json'), 'utf8')));
		const file = JSON.parse(readFileSync(join(dist, 'api/cards/fixture-card.json'), 'utf8'));

		expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
		expect(Object.keys(file.ratings)).toEqual(['risk-bio-uplift', 'risk-cyber-autonomy', 'risk-overall']);
		expect(validate({ ...file, ratings: { ...file.ratings, 'risk-overall': { decision: 'maybe', locator: { source: 'fixture-card-pdf' } } } })).toBe(false);
	});

	test('a rating with a level from another framework is rejected, by the standalone check too', () => {
		const content = join(root, 'bad-content');
		cpSync(join(FIXTURE, 'content'), content, { recursive: true });
		const card = join(content, 'cards/fixture-card.mdx');
		writeFileSync(card, readFileSync(card, 'utf8').replace('status: alert-reached', 'status: treated-as-high'));

		const check = run('scripts/check-content.ts', [content], {});

		expect(check.status).toBe(1);
		expect(check.stderr.replace(`${content}/`, 'content/').trim()).toBe(
			[
				'Content check failed with 1 problem. Nothing was published.',
				'  ../bad-content/cards/fixture-card.mdx:18  ratings[1].status: got "treated-as-high"; expected a Fixture Frontier v1 status: "below-alert", "alert-reached", "critical-reached"',
			].join('\n'),
		);
	});
});
