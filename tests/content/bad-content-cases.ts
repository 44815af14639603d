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
];
