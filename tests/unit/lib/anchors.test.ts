import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
	anchorProblems,
	brokenPromises,
	buildManifest,
	extendLock,
	lockFromManifest,
	scanPage,
} from '../../../src/lib/anchor-manifest.ts';
import {
	VALID_HTML_ID,
	evaluationAnchor,
	evaluationRowAnchor,
	modelRatingAnchor,
	ratingAnchor,
	specAnchor,
} from '../../../src/lib/anchors.ts';
import { buildEvaluationTable } from '../../../src/lib/evaluation-table.ts';
import { builtFileExists, readBuiltPages } from '../../../src/lib/built-pages.ts';
import { brokenLinks } from '../../../src/lib/link-check.ts';
import { anchorUrl } from '../../../src/client/copy-link.ts';
import { evaluationSchema, makeEvaluation } from '../factories.ts';

test('anchor ids come from data ids, so rewording a title does not move them', () => {
	const withRows = (title: string, label: string) =>
		makeEvaluation({
			title,
			rows: [{ id: 'easy', label }],
			results: [
				{ model: 'model-a', row: 'easy', value: 1 },
				{ model: 'model-b', row: 'easy', value: 2 },
			],
		});
	const rowAnchors = (evaluation: unknown) =>
		buildEvaluationTable(evaluationSchema.parse(evaluation), (id) => id).rows.map((row) =>
			evaluationRowAnchor('personqa', row.anchorKey),
		);
	expect(rowAnchors(withRows('PersonQA', 'Easy questions'))).toEqual(['eval-personqa--easy']);
	expect(rowAnchors(withRows('A completely different title', 'Questions that are easy'))).toEqual([
		'eval-personqa--easy',
	]);
	expect(evaluationAnchor('personqa')).toBe('eval-personqa');
	expect(ratingAnchor('cbrn')).toBe('risk-cbrn');
	expect(ratingAnchor('cybersecurity', ['gpt-5.3-codex-spark'])).toBe(
		'risk-cybersecurity--gpt-5.3-codex-spark',
	);
	expect(specAnchor('o3-mini', 'context-window')).toBe('spec-o3-mini-context-window');
	expect(modelRatingAnchor('o1', 'risk-cbrn--o1-o1-mini')).toBe('o1--risk-cbrn--o1-o1-mini');
});

test('row anchors are unique within an evaluation and valid HTML ids', () => {
	const evaluation = evaluationSchema.parse({
		...makeEvaluation(),
		metrics: [
			{ id: 'accuracy', label: 'Accuracy', unit: 'fraction', higherIsBetter: true },
			{
				id: 'hallucination-rate',
				label: 'Hallucination rate',
				unit: 'fraction',
				higherIsBetter: false,
			},
		],
		rows: [
			{ id: 'easy', label: 'Easy' },
			{ id: 'hard', label: 'Hard' },
		],
		results: ['easy', 'hard'].flatMap((row) =>
			['accuracy', 'hallucination-rate'].map((metric) => ({
				model: 'model-a',
				row,
				metric,
				value: 0.5,
			})),
		),
	});
	const anchors = buildEvaluationTable(evaluation, (id) => id).rows.map((row) =>
		evaluationRowAnchor('qa', row.anchorKey),
	);
	expect(anchors).toEqual([
		'eval-qa--easy--accuracy',
		'eval-qa--easy--hallucination-rate',
		'eval-qa--hard--accuracy',
		'eval-qa--hard--hallucination-rate',
	]);
	expect(new Set(anchors).size).toBe(anchors.length);
	for (const anchor of anchors) expect(anchor).toMatch(VALID_HTML_ID);
});

test('a page scan finds ids, labelled anchors, aliases, links and redirects', () => {
	const page = scanPage(
		'<h2 id="a">A <a href="#a" data-anchor-label="Section &amp; A">#</a></h2><span id="old" data-alias-of="a"></span><a href="/x/">x</a>',
	);
	expect(page.ids).toEqual(['a', 'old']);
	expect(page.anchors).toEqual([{ id: 'a', label: 'Section & A' }]);
	expect(page.aliases).toEqual({ old: 'a' });
	expect(page.links).toEqual(['#a', '/x/']);
	expect(scanPage('<a href="/new/" data-redirect-target>new</a>').redirectTo).toBe('/new/');
});

test('a page scan reads attributes as an HTML parser does, and skips comments, scripts and styles', () => {
	const page = scanPage(
		[
			'<!-- <p id="in-comment"> -->',
			'<script>if (a<b) document.write(\'<a href="/in-script/">\')</script>',
			'<style>p::before { content: "<p id=in-style>" }</style>',
			'<script id="data" type="application/json">{"x": "<a href=/json/>"}</script>',
			'<P ID=\'single\' title="a > b"></P>',
			'<a href=/bare/ HREF="/second/">bare</a>',
			'<a href="/q/?a=1&amp;b=2" data-anchor-label="R&amp;D">x</a>',
			'<br/><input id=unquoted disabled>',
		].join(''),
	);
	expect(page.ids).toEqual(['data', 'single', 'unquoted']);
	expect(page.links).toEqual(['/bare/', '/q/?a=1&b=2']);
});

test('duplicate ids and affordances pointing nowhere are reported', () => {
	expect(
		anchorProblems(
			'/p/',
			scanPage(
				'<p id="x"></p><p id="x"></p><a href="#y" data-anchor-label="Y">#</a><span id="z" data-alias-of="w"></span>',
			),
		),
	).toEqual([
		'/p/: the id "x" appears more than once',
		'/p/: the link to "#y" (Y) has no element with that id',
		'/p/: the alias "z" points to "w", which is not on the page',
	]);
});

test('a duplicate id on a card or model page names the content it comes from', () => {
	const twice = (id: string) => scanPage(`<p id="${id}"></p><p id="${id}"></p>`);

	expect(anchorProblems('/cards/x/', twice('risk-cbrn--a-b'), 'fixtures/content')).toEqual([
		'/cards/x/: the id "risk-cbrn--a-b" appears more than once; it comes from fixtures/content/cards/x.mdx, ratings (two ratings whose categories and models give the same anchor)',
	]);
	expect(anchorProblems('/cards/x/', twice('specs'))[0]).toContain(
		'content/cards/x.mdx, body or anchorAliases',
	);
	expect(anchorProblems('/models/m/', twice('risk-cbrn'))[0]).toContain('content/models/m.yaml');
});

test('the lock comparison: removals without alias or redirect break promises; additions extend the lock', () => {
	const page = (html: string) => scanPage(html);
	const before = buildManifest(
		new Map([
			[
				'/c/',
				page(
					'<p id="a"><a href="#a" data-anchor-label="A">#</a></p><p id="b"><a href="#b" data-anchor-label="B">#</a></p>',
				),
			],
		]),
	);
	const lock = lockFromManifest(before);
	expect(lock).toEqual({ pages: { '/c/': ['a', 'b'] } });

	const dropped = buildManifest(
		new Map([['/c/', page('<p id="a"><a href="#a" data-anchor-label="A">#</a></p>')]]),
	);
	expect(brokenPromises(lock, dropped)).toEqual([
		'/c/#b: the anchor is gone. If it was renamed, add `anchorAliases: { b: <new id> }` to the card.',
	]);

	const aliased = buildManifest(
		new Map([
			[
				'/c/',
				page(
					'<p id="a"><a href="#a" data-anchor-label="A">#</a><span id="b" data-alias-of="a"></span></p>',
				),
			],
		]),
	);
	expect(brokenPromises(lock, aliased)).toEqual([]);

	const moved = buildManifest(
		new Map([
			['/c/', page('<a href="/d/" data-redirect-target>d</a>')],
			[
				'/d/',
				page(
					'<p id="a"><a href="#a" data-anchor-label="A">#</a></p><p id="b"><a href="#b" data-anchor-label="B">#</a></p>',
				),
			],
		]),
	);
	expect(brokenPromises(lock, moved)).toEqual([]);
	expect(brokenPromises(lock, buildManifest(new Map([['/d/', page('')]])))).toEqual([
		"/c/: the page is gone. Keep its URL with a redirect (a card's `formerIds`) instead of removing it.",
	]);

	const grown = buildManifest(
		new Map([
			[
				'/c/',
				page(
					'<p id="a"><a href="#a" data-anchor-label="A">#</a></p><p id="b"><a href="#b" data-anchor-label="B">#</a></p><p id="c"><a href="#c" data-anchor-label="C">#</a></p>',
				),
			],
		]),
	);
	expect(extendLock(lock, grown)).toEqual({ pages: { '/c/': ['a', 'b', 'c'] } });
	expect(extendLock(lock, dropped)).toEqual(lock);
});

test('the link checker catches the planted broken links and lists the fragments that exist', () => {
	const dist = join(import.meta.dirname, '../../fixtures/links');
	const pages = readBuiltPages(dist);
	expect([...pages.keys()].sort()).toEqual(['/', '/cards/example/', '/cards/moved/']);
	expect(brokenLinks(pages, (path) => builtFileExists(dist, path))).toEqual([
		'/: "/cards/example/#risk-cbrm" points to #risk-cbrm, which is not on /cards/example/; anchors on that page: #risk-cbrn, #eval-qa',
		'/: "/cards/missing/" leads to /cards/missing/, which is not a page or file of the site',
		'/: "/cards/example" leads to /cards/example, which is not a page or file of the site (did you mean /cards/example/ ?)',
		'/: "javascript:alert(1)" uses javascript:, expected http(s)',
	]);
});

test('the copy button copies the full URL of the anchor', () => {
	expect(
		anchorUrl({ origin: 'https://cardshelf.example', pathname: '/cards/o3-mini/' }, 'risk-cbrn'),
	).toBe('https://cardshelf.example/cards/o3-mini/#risk-cbrn');
});
