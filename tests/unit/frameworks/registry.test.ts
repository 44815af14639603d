import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { z } from 'astro/zod';
import { createRegistry, registry, type RegistryFiles } from '../../../src/frameworks/registry.ts';
import { adapter as prePostLevels } from '../../../src/frameworks/scoring/pre-post-levels.ts';
import { adapter as thresholdDeterminations } from '../../../src/frameworks/scoring/threshold-determinations.ts';
import type { AuthoredRating } from '../../../src/frameworks/types.ts';

const rating = (fields: Record<string, unknown>): AuthoredRating => ({
	category: 'cbrn',
	locator: { source: { id: 'pdf', collection: 'sources' } },
	...fields,
});

test('the registry holds each framework version once, oldest first, with its scoring kind', () => {
	const ids = registry.frameworks.map((framework) => framework.id);
	expect(new Set(ids).size).toBe(ids.length);
	const published = registry.frameworks.map((framework) => framework.published);
	expect(published).toEqual([...published].sort());
	expect(Object.fromEntries(registry.frameworks.map((f) => [f.id, f.scoring]))).toMatchObject({
		'pf-v1': 'pre-post-levels',
		'pf-v2': 'threshold-determinations',
		fgf: 'threshold-determinations',
		'rsp-v2-2': 'threshold-determinations',
		'fsf-v3-1': 'threshold-determinations',
	});
	expect(registry.cardFrameworkIds).toEqual([
		...registry.frameworks.map((framework) => framework.id),
		'none',
	]);
	expect(registry.frameworkLabel('none')).toBe('No framework');
	expect(
		registry
			.get('pf-v2')
			.categories.filter((category) => category.role === 'research')
			.map((category) => category.id),
	).toContain('sandbagging');
	expect(registry.adapterOf(registry.get('pf-v1'))).toBe(prePostLevels);
});

test('a pre/post rating reads before → after, is grouped and filtered by its post-mitigation level, and counts as every level up to it', () => {
	const framework = registry.get('pf-v1');
	const view = prePostLevels.view(
		rating({ preMitigation: 'high', postMitigation: 'medium' }),
		framework,
		'CBRN',
	);

	expect(view.badges.map((badge) => [badge.label, badge.tone])).toEqual([
		['High', 'serious'],
		['Medium', 'moderate'],
	]);
	expect([view.joiner, view.level.id, view.atLeast, view.facetLevels]).toEqual([
		'→',
		'medium',
		['Low', 'Medium'],
		['High', 'Medium'],
	]);
	expect(view.sentence).toBe('CBRN risk: High before mitigations, Medium after mitigations.');
	expect(view.cells.map((cell) => cell.badges.map((badge) => badge.label))).toEqual([
		['High'],
		['Medium'],
	]);
});

test('a single level without its split is shown once, marked, and never copied into both columns', () => {
	const view = prePostLevels.view(rating({ level: 'critical' }), registry.get('pf-v1'), 'CBRN');

	expect([view.mark, view.cells.length, view.cells[0]!.span, view.atLeast]).toEqual([
		'*',
		1,
		2,
		['Low', 'Medium', 'High', 'Critical'],
	]);
	expect(view.sentence).toBe(
		'CBRN risk: Critical; the source does not say whether before or after mitigations.',
	);
});

test('a precautionary High meets the High threshold; below High meets none', () => {
	const framework = registry.get('pf-v2');
	const view = (determination: string) =>
		thresholdDeterminations.view(
			rating({ category: 'cybersecurity', determination }),
			framework,
			'Cybersecurity',
		);

	expect(view('treated-as-high').atLeast).toEqual(['High']);
	expect(view('below-high').atLeast).toEqual([]);
	expect(view('critical').atLeast).toEqual(['High', 'Critical']);
	expect(view('below-high').sentence).toBe('Cybersecurity: Below High.');
	expect(view('high').key).not.toBe(view('treated-as-high').key);
});

const files = (entry: string, overrides: Partial<RegistryFiles> = {}): RegistryFiles => ({
	entries: [
		{
			file: 'src/frameworks/entries/pf-v1.yaml',
			text: readFileSync(
				new URL('../../../src/frameworks/entries/pf-v1.yaml', import.meta.url),
				'utf8',
			),
		},
		{ file: 'src/frameworks/entries/lab-x.yaml', text: entry },
	],
	publishers: [{ file: 'src/frameworks/publishers/openai.yaml', text: 'name: OpenAI\n' }],
	adapters: [
		{ file: 'src/frameworks/scoring/pre-post-levels.ts', module: { adapter: prePostLevels } },
		{
			file: 'src/frameworks/scoring/threshold-determinations.ts',
			module: { adapter: thresholdDeterminations },
		},
	],
	...overrides,
});

const ENTRY = `publisher: openai
familyName: Example Framework
name: Example Framework
shortName: Example Framework v1
version: "1"
published: 2025-01-01
documentUrl: https://example.org/framework.pdf
scoring: threshold-determinations
scorecardTitle: Example scorecard
categoryNoun: domain
summary: An example.
scale: One determination per domain.
categories:
  - { id: bio, label: Bio, role: tracked, description: Biology. }
levels:
  - { id: level-1, label: Level 1, tone: serious }
determinations:
  - { id: below, label: Below, tone: clear }
  - { id: reached, label: Reached, tone: serious, meets: level-1 }
sources:
  - { title: The framework, publisher: Example, kind: official }
`;

test('a valid entry with an existing scoring kind needs nothing else', () => {
	const built = createRegistry(files(ENTRY));

	expect(built.get('lab-x').categoryNoun).toBe('domain');
	expect(built.cardFrameworkIds).toEqual(['pf-v1', 'lab-x', 'none']);
});

test('an entry that names an unknown kind, publisher or level is rejected with file, line, field and what is allowed', () => {
	const entry = ENTRY.replace('scoring: threshold-determinations', 'scoring: ccl-checks')
		.replace('publisher: openai', 'publisher: lab-x')
		.replace('meets: level-1', 'meets: level-2');

	expect(() => createRegistry(files(entry))).toThrowErrorMatchingInlineSnapshot(`
		[Error: Content check failed with 3 problems. Nothing was published.
		  src/frameworks/entries/lab-x.yaml:1  publisher: got "lab-x"; expected a publisher in src/frameworks/publishers/: "openai"
		  src/frameworks/entries/lab-x.yaml:8  scoring: got "ccl-checks"; expected a scoring kind with a module in src/frameworks/scoring/: "pre-post-levels", "threshold-determinations"
		  src/frameworks/entries/lab-x.yaml:19  determinations[1].meets: got "level-2"; expected one of the entry's levels: "level-1"]
	`);
});

test('a mapping onto another lab’s framework must be approximate', () => {
	const entry =
		ENTRY.replace('publisher: openai', 'publisher: lab-x') +
		'lineage:\n  - from: pf-v1\n    note: Our reading.\n    mappings:\n      - { from: cbrn, to: bio, fit: same, note: Close. }\n';
	const withPublisher = files(entry, {
		publishers: [
			{ file: 'src/frameworks/publishers/openai.yaml', text: 'name: OpenAI\n' },
			{ file: 'src/frameworks/publishers/lab-x.yaml', text: 'name: Lab X\n' },
		],
	});

	expect(() => createRegistry(withPublisher)).toThrow(
		`src/frameworks/entries/lab-x.yaml:26  lineage[0].mappings[0].fit: got "same"; expected "approximate": a mapping between two labs' frameworks is never exact`,
	);
});

test('a scoring kind that needs determinations says so', () => {
	const entry = ENTRY.replace(/determinations:\n(  - .*\n)+/, '');

	expect(() => createRegistry(files(entry))).toThrow(
		'determinations: got nothing (the field is missing); expected the determinations a card can state',
	);
});

test('a framework in force alongside another names one of the same publisher', () => {
	const alongsideItself = ENTRY + 'alongside: [lab-x]\n';
	expect(() => createRegistry(files(alongsideItself))).toThrow(
		`src/frameworks/entries/lab-x.yaml:22  alongside[0]: got "lab-x"; expected the id of another framework entry: "pf-v1"`,
	);
	const otherLab = ENTRY.replace('publisher: openai', 'publisher: lab-x') + 'alongside: [pf-v1]\n';
	const withPublisher = files(otherLab, {
		publishers: [
			{ file: 'src/frameworks/publishers/openai.yaml', text: 'name: OpenAI\n' },
			{ file: 'src/frameworks/publishers/lab-x.yaml', text: 'name: Lab X\n' },
		],
	});
	expect(() => createRegistry(withPublisher)).toThrow(
		'alongside[0]: got "pf-v1"; expected a framework of the same publisher (lab-x)',
	);
	expect(createRegistry(files(ENTRY + 'alongside: [pf-v1]\n')).get('lab-x').alongside).toEqual([
		'pf-v1',
	]);
});

test('a category may allow only some determinations: the rating schema and the risk explorer’s levels follow its list', () => {
	const entry = ENTRY.replace(
		'  - { id: bio, label: Bio, role: tracked, description: Biology. }',
		[
			'  - { id: bio, label: Bio, role: tracked, description: Biology., determinations: [below] }',
			'  - { id: cyber, label: Cyber, role: tracked, description: Cyber. }',
		].join('\n'),
	);
	const built = createRegistry(files(entry));
	const framework = built.get('lab-x');
	const adapter = built.adapterOf(framework);
	const common = {
		category: z.enum(['bio', 'cyber']),
		models: z.unknown().optional(),
		locator: z.unknown().optional(),
		note: z.unknown().optional(),
		asOf: z.unknown().optional(),
	};
	const schema = adapter.ratingSchema(framework, common);

	expect(adapter.groupingLevels(framework, 'bio').map((step) => step.id)).toEqual(['below']);
	expect(adapter.groupingLevels(framework, 'cyber').map((step) => step.id)).toEqual([
		'below',
		'reached',
	]);
	expect(schema.safeParse({ category: 'cyber', determination: 'reached' }).error).toBeUndefined();
	const rejected = schema.safeParse({ category: 'bio', determination: 'reached' });
	expect(rejected.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
		[
			['determination'],
			'expected a determination the Example Framework v1 allows for Bio: "below"',
		],
	]);
});

test('a category that allows a determination its entry does not list is rejected', () => {
	const entry = ENTRY.replace(
		'description: Biology. }',
		'description: Biology., determinations: [below, crossed] }',
	);

	expect(() => createRegistry(files(entry))).toThrow(
		`src/frameworks/entries/lab-x.yaml:14  categories[0].determinations[1]: got "crossed"; expected one of the entry's determinations: "below", "reached"`,
	);
});

test('a category placed in a risk domain the crosswalk does not know is rejected with the allowed ones', () => {
	const entry = ENTRY.replace(
		'description: Biology. }',
		'description: Biology., domains: [biology], domainsPlacedBy: a-blog }',
	);

	expect(() => createRegistry(files(entry))).toThrow(
		/lab-x\.yaml:\d+ {2}categories\[0\]\.domains\[0\]: got "biology"; expected one of "cbrn", "cyber", "ai-rd", "autonomy", "misalignment", "manipulation"/,
	);
	expect(() => createRegistry(files(entry))).toThrow(
		/categories\[0\]\.domainsPlacedBy: got "a-blog"; expected one of "metr-common-elements", "ea-forum-safety-plans-2025"/,
	);
});
