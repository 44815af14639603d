/**
 * Kinds of bad content, each a small edit to the valid fixture tree in tests/fixtures/valid-content.
 * Each one must be rejected with the exact message pinned in bad-content.test.ts.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BadContentCase {
	name: string;
	apply: (content: string) => void;
}

const CARD = 'cards/example-card.mdx';
const EVALUATION = 'evaluations/example-card/example-qa.yaml';

function edit(file: string, from: string | RegExp, to: string) {
	return (content: string) => {
		const path = join(content, file);
		const text = readFileSync(path, 'utf8');
		const next = text.replace(from, to);
		if (next === text) throw new Error(`Fixture edit did not apply to ${file}: ${String(from)}`);
		writeFileSync(path, next);
	};
}
const both = (...edits: Array<(content: string) => void>) => (content: string) => edits.forEach((apply) => apply(content));
const copy = (from: string, to: string) => (content: string) => writeFileSync(join(content, to), readFileSync(join(content, from), 'utf8'));

export const BAD_CONTENT_CASES: BadContentCase[] = [
	{ name: 'unknown risk level', apply: edit(CARD, 'preMitigation: medium', 'preMitigation: severe') },
	{ name: 'category from the other framework', apply: edit(CARD, 'category: cbrn', 'category: biological-and-chemical') },
	{ name: 'v1 rating without the pre/post distinction', apply: edit(CARD, /preMitigation: medium\n\s+postMitigation: medium/, 'level: medium') },
	{ name: 'v2 determination written as a v1 level', apply: edit(CARD, /framework: pf-v1\nratings:\n  - category: cbrn\n    preMitigation: medium\n    postMitigation: medium/, 'framework: pf-v2\nratings:\n  - category: cybersecurity\n    determination: medium') },
	{ name: 'unknown framework', apply: edit(CARD, 'framework: pf-v1', 'framework: pf-v3') },
	{ name: 'threshold the card\u2019s RSP version does not define', apply: edit(CARD, /framework: pf-v1\nratings:\n  - category: cbrn\n    preMitigation: medium\n    postMitigation: medium/, 'framework: rsp-v2-0\nratings:\n  - category: cbrn-4\n    determination: ruled-out') },
	{ name: 'safeguard standard the card\u2019s RSP version does not define', apply: edit(CARD, /framework: pf-v1\nratings:\n  - category: cbrn\n    preMitigation: medium\n    postMitigation: medium/, 'framework: rsp-v2-0\nratings:\n  - category: required-safeguards\n    determination: asl-3-precautionary') },
	{ name: 'RSP determination the threshold does not take', apply: edit(CARD, /framework: pf-v1\nratings:\n  - category: cbrn\n    preMitigation: medium\n    postMitigation: medium/, 'framework: rsp-v2-2\nratings:\n  - category: cbrn-3\n    determination: asl-3-standard') },
	{ name: 'addendum without a parent', apply: edit(CARD, 'kind: system-card', 'kind: addendum') },
	{ name: 'parent that does not exist', apply: edit(CARD, 'kind: system-card', 'kind: addendum\nparent: missing-card') },
	{ name: 'card that is its own parent', apply: edit(CARD, 'kind: system-card', 'kind: addendum\nparent: example-card') },
	{ name: 'duplicate card id', apply: copy(CARD, 'cards/example-card.md') },
	{ name: 'duplicate evaluation id', apply: copy(EVALUATION, 'evaluations/example-card/example-qa.yml') },
	{ name: 'percentage above 100', apply: edit(EVALUATION, 'value: 21.7', 'value: 217') },
	{ name: 'fraction given as percent', apply: edit(EVALUATION, /unit: percent\n/, 'unit: fraction\n') },
	{ name: 'more decimals than printed (would round)', apply: edit(EVALUATION, /higherIsBetter: true\n/, 'higherIsBetter: true\n    decimals: 0\n') },
	{ name: 'figure without a source locator', apply: edit(EVALUATION, /locator:\n  source: example-card-pdf\n  section: 4.1.3\n  table: Table 3\n  page: 4\n/, '') },
	{ name: 'locator naming an unknown source', apply: edit(EVALUATION, 'source: example-card-pdf', 'source: example-card-html') },
	{ name: 'unknown model in a result', apply: edit(EVALUATION, 'model: model-b', 'model: model-c') },
	{ name: 'unknown variant', apply: edit(EVALUATION, '  - model: model-b\n', '  - model: model-b\n    variant: post-mitigaton\n') },
	{
		name: 'blank cell',
		apply: edit(EVALUATION, /results:\n[\s\S]*$/, 'rows:\n  - { id: arabic, label: Arabic }\n  - { id: bengali, label: Bengali }\nresults:\n  - { model: model-a, row: arabic, value: 80.7 }\n  - { model: model-b, row: arabic, value: 79.4 }\n  - { model: model-a, row: bengali, value: 78.6 }\n'),
	},
	{ name: 'value and missing reason together', apply: edit(EVALUATION, '    value: 19.6\n', '    value: 19.6\n    missing: redacted\n') },
	{ name: 'v1 rating with only its pre-mitigation level', apply: edit(CARD, /\n\s+postMitigation: medium/, '') },
	{ name: 'v1 rating with a single level and the pre/post pair', apply: edit(CARD, 'preMitigation: medium', 'level: medium\n    preMitigation: medium') },
	{ name: 'partial date without a note', apply: both(edit(CARD, 'coverage: full', 'coverage: headline'), edit(CARD, 'published: 2025-01-31', 'published: "2025-01"')) },
	{ name: 'partial date on a card with full coverage', apply: edit(CARD, 'published: 2025-01-31', 'published: "2025-01"\npublishedNote: Day not recovered.') },
	{ name: 'former id that is a card id in use', apply: edit(CARD, 'coverage: full', 'coverage: full\nformerIds: [example-card]') },
	{ name: 'safeguard section that is not a heading', apply: edit(CARD, 'coverage: full', 'coverage: full\nsafeguardSections: [safeguards]') },
	{ name: 'malformed date', apply: edit(CARD, 'published: 2025-01-31', 'published: 2025-31-01') },
	{ name: 'unknown frontmatter key', apply: edit(CARD, 'coverage: full', 'coverage: full\nauthor: OpenAI') },
	{ name: 'malformed YAML', apply: edit(CARD, 'models: [model-a]', 'models: [model-a') },
	{ name: 'missing frontmatter', apply: edit(CARD, /^---\n/, '') },
	{ name: 'unsafe official URL', apply: edit(CARD, 'officialUrl: https://openai.com/index/example-system-card/', 'officialUrl: javascript:alert(1)') },
	{ name: 'risk category outside the card framework', apply: edit(EVALUATION, 'area: safety', 'area: preparedness\nriskCategory: ai-self-improvement') },
	{ name: 'evaluation not placed on its page', apply: edit(CARD, '<Evaluation id="example-qa" />', '') },
	{ name: 'placement naming no evaluation', apply: edit(CARD, '<Evaluation id="example-qa" />', '<Evaluation id="example-qa" />\n\n<Evaluation id="example-q" />') },
	{
		name: 'evaluation filed under a card that does not exist',
		apply: (content) => {
			mkdirSync(join(content, 'evaluations/other-card'));
			renameSync(join(content, EVALUATION), join(content, 'evaluations/other-card/example-qa.yaml'));
			edit(CARD, '<Evaluation id="example-qa" />', '')(content);
		},
	},
	{ name: 'spec without a source', apply: edit('models/model-a.yaml', /    sources:\n      - source: example-card-pdf\n/, '') },
	{ name: 'file name that is not an id', apply: (content) => writeFileSync(join(content, 'models/Model_C.yaml'), 'name: Model C\npublisher: openai\nsummary: A model.\n') },
	{ name: 'unknown benchmark', apply: edit(EVALUATION, 'benchmark: example-qa', 'benchmark: example-qa-v2') },
	{ name: 'figure restated on its own card', apply: edit(EVALUATION, '    value: 21.7', '    value: 21.7\n    restatedIn: [{ evaluation: example-card/example-qa }]') },
	{ name: 'figure restated in an evaluation that does not exist', apply: edit(EVALUATION, '    value: 21.7', '    value: 21.7\n    restatedIn: [{ evaluation: later-card/example-qa }]') },
	{ name: 'restated figure named without its card', apply: edit(EVALUATION, '    value: 21.7', '    value: 21.7\n    restatedIn: [{ evaluation: example-qa }]') },
];

/** Cases for the classes of bad content a held-out audit found (issue 13), one or more per class. */
const MODEL = 'models/model-a.yaml';
const write = (file: string, text: string) => (content: string) => writeFileSync(join(content, file), text);
const PLACEMENT = '<Evaluation id="example-qa" />';

export const AUDIT_CASES: BadContentCase[] = [
	// Prose is content, not code.
	{ name: 'prose with an expression', apply: edit(CARD, 'The example card measured hallucinations.', 'The example card was checked in {new Date().getFullYear()}.') },
	{ name: 'prose with an export', apply: edit(CARD, '## Hallucinations', 'export const shown = true\n\n## Hallucinations') },
	{ name: 'prose with raw HTML', apply: edit(CARD, 'The example card measured hallucinations.', 'The example card measured <details open><summary>hallucinations</summary></details>.') },
	{ name: 'prose with an unknown component', apply: edit(CARD, PLACEMENT, `${PLACEMENT}\n\n<Chart data="/x.json" />`) },
	{ name: 'prose linking to a script address', apply: edit(CARD, 'The example card measured hallucinations.', 'See [the notes](vbscript:msgbox).') },
	{ name: 'prose image from another origin', apply: edit(CARD, 'The example card measured hallucinations.', '![chart](https://cdn.example.net/chart.png)') },
	{ name: 'evaluation placed only inside a comment', apply: edit(CARD, PLACEMENT, `{/* ${PLACEMENT} */}`) },
	{ name: 'evaluation placed only inside a code fence', apply: edit(CARD, PLACEMENT, `\`\`\`mdx\n${PLACEMENT}\n\`\`\``) },
	{ name: 'evaluation component with a prop it does not take', apply: edit(CARD, PLACEMENT, '<Evaluation id="example-qa" caption="Table 3" />') },
	{ name: 'heading that takes an id the page uses', apply: edit(CARD, '## Hallucinations', '## Sources') },
	// The check and the build read the same thing.
	{ name: 'YAML tag the build cannot read', apply: edit(CARD, 'summary: A small card used by the content tests.', 'summary: !markdown A small card used by the content tests.') },
	{ name: 'key given twice', apply: edit(MODEL, 'summary: The model the example card is about.', 'summary: The model the example card is about.\nname: Model A, again') },
	{
		name: 'YAML aliases that expand without limit',
		apply: (content) => {
			const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
			for (let level = 1; level < 7; level++) levels.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(10).fill(`*${String.fromCharCode(96 + level)}`).join(',')}]`);
			write(MODEL, `name: Model A\npublisher: openai\nsummary: The model the example card is about.\naliases: []\n${levels.join('\n')}\n`)(content);
		},
	},
	// Numbers.
	{ name: 'count that is not whole', apply: both(edit(EVALUATION, 'unit: percent', 'unit: count'), edit(EVALUATION, 'value: 21.7', 'value: 21')) },
	{ name: 'interval out of range', apply: edit(EVALUATION, '    value: 21.7\n', '    value: 21.7\n    ci: 140\n') },
	{ name: 'baseline out of range', apply: edit(EVALUATION, 'results:', 'baselines:\n  - { label: Experts, value: 105 }\nresults:') },
	{ name: 'value in exponent form with more decimals than printed', apply: both(edit(EVALUATION, 'higherIsBetter: true', 'higherIsBetter: true\n    decimals: 1'), edit(EVALUATION, 'value: 21.7', 'value: 2.5e-6'), edit(EVALUATION, 'value: 19.6', 'value: 19.0')) },
	{ name: 'value that is not a number', apply: edit(EVALUATION, 'value: 19.6', 'value: .NaN') },
	// Dates.
	{ name: 'publication date in the future', apply: edit(CARD, 'published: 2025-01-31', 'published: 2031-06-30') },
	{ name: 'revision dated before its card', apply: edit(CARD, 'models: [model-a]', 'revisions:\n  - { date: 2024-12-24, summary: A correction. }\nmodels: [model-a]') },
	{ name: 'release date that is not a day', apply: edit(MODEL, 'specs:', 'specs:\n  - key: release-date\n    status: disclosed\n    value: early 2025\n    sources: [{ source: example-card-pdf }]') },
	// Duplicates.
	{ name: 'model listed twice on a card', apply: both(edit(CARD, 'models: [model-a]', 'models: [model-a, model-b, model-a]')) },
	{ name: 'spec given twice', apply: edit(MODEL, 'specs:', 'specs:\n  - key: context-window\n    status: disclosed\n    value: 128000\n    sources: [{ source: example-card-pdf }]') },
	{
		name: 'two ratings for the same models in another order',
		apply: both(
			edit(CARD, 'models: [model-a]', 'models: [model-a, model-b]'),
			edit(CARD, '    locator: { source: example-card-pdf, section: "5", page: 7 }\n', '    models: [model-a, model-b]\n    locator: { source: example-card-pdf, section: "5", page: 7 }\n  - category: cbrn\n    preMitigation: low\n    postMitigation: low\n    models: [model-b, model-a]\n    locator: { source: example-card-pdf, section: "5", page: 8 }\n'),
		),
	},
	{ name: 'model compared with itself', apply: edit(EVALUATION, '  - model: model-b\n', '  - model: model-b\n    opponent: model-b\n') },
	{
		name: 'two model lists that meet in one anchor',
		apply: both(
			write('models/model.yaml', 'name: Model\npublisher: openai\nsummary: A model.\n'),
			write('models/a.yaml', 'name: A\npublisher: openai\nsummary: A model.\n'),
			edit(CARD, 'models: [model-a]', 'models: [model-a, model, a]'),
			edit(CARD, '    locator: { source: example-card-pdf, section: "5", page: 7 }\n', '    models: [model-a]\n    locator: { source: example-card-pdf, section: "5", page: 7 }\n  - category: cbrn\n    level: low\n    models: [model, a]\n    locator: { source: example-card-pdf, section: "5", page: 8 }\n'),
			edit(CARD, 'coverage: full', 'coverage: headline'),
		),
	},
	// Structure.
	{
		name: 'parents that lead back to the card',
		apply: both(
			write('cards/example-addendum.mdx', '---\ntitle: Example Addendum\nsummary: An addendum.\nkind: addendum\nparent: example-card\npublisher: openai\npublished: 2025-02-10\nmodels: [model-a]\nsources: [example-card-pdf]\ncoverage: headline\nframework: none\n---\n\nAn addendum.\n'),
			edit(CARD, 'kind: system-card', 'kind: update\nparent: example-addendum'),
		),
	},
	{ name: 'page range that runs backwards', apply: edit(EVALUATION, '  page: 4', '  page: "9-4"') },
	{
		name: 'declared metric with no result',
		apply: both(
			edit(EVALUATION, '    higherIsBetter: true\n', '    higherIsBetter: true\n  - { id: refusals, label: Refusals, unit: percent, higherIsBetter: false }\n'),
			edit(EVALUATION, '    value: 21.7', '    metric: accuracy\n    value: 21.7'),
			edit(EVALUATION, '    value: 19.6', '    metric: accuracy\n    value: 19.6'),
		),
	},
	// Text.
	{ name: 'title too long', apply: edit(CARD, 'title: Example System Card', `title: ${'Example System Card, '.repeat(12)}end`) },
	{ name: 'text that is only invisible characters', apply: edit(MODEL, 'summary: The model the example card is about.', 'summary: "\\u200B\\u2060\\u200B"') },
	{ name: 'name with a bidirectional control', apply: edit(MODEL, 'name: Model A', 'name: "Model \\u202Eb\\u202C A"') },
	{ name: 'look-alike letter in a reference', apply: edit(CARD, 'models: [model-a]', 'models: [mоdel-a]') },
	// URLs.
	{ name: 'address without https', apply: edit('sources/example-card-pdf.yaml', 'url: https://openai.com/index/example-system-card/', 'url: http://openai.com/index/example-system-card/') },
	{ name: 'address with a user name', apply: edit(CARD, 'officialUrl: https://openai.com/index/example-system-card/', 'officialUrl: https://openai.com:card@files.example.org/card') },
	// Routes.
	{ name: 'id that is a file name', apply: write('sources/sitemap.xml.yaml', 'title: A sitemap\npublisher: Example\nkind: secondary\n') },
];
