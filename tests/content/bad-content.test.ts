/**
 * The bad-content fixture suite: every kind of bad content in bad-content-cases.ts is rejected by
 * the content check with exactly this report. The text is pinned because authors read it: a change
 * to it is a change to the user interface and should be made on purpose.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent, formatProblems } from '../../src/lib/content-check.ts';
import { today } from '../../src/schema/shared.ts';
import { AUDIT_CASES, BAD_CONTENT_CASES } from './bad-content-cases.ts';

const CASES = [...BAD_CONTENT_CASES, ...AUDIT_CASES];

const VALID = join(import.meta.dirname, '../fixtures/valid-content');
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Copies the valid fixture to a fresh `<tmp>/content`, applies the edit, and checks it. */
export function reportFor(apply: (content: string) => void): string {
	const root = mkdtempSync(join(tmpdir(), 'cardshelf-bad-'));
	roots.push(root);
	cpSync(VALID, join(root, 'content'), { recursive: true });
	apply(join(root, 'content'));
	const { problems } = checkContent(join(root, 'content'), root);
	return problems.length === 0 ? 'no problems' : formatProblems(problems);
}

const EXPECTED: Record<string, string> = {
	"id that is a file name": "Content check failed with 1 problem. Nothing was published.\n  content/sources/sitemap.xml.yaml  got file name \"sitemap.xml.yaml\"; expected a lowercase id made of a-z and 0-9 joined by single hyphens or dots, not ending like a file name (\".html\"), because the id becomes a URL and an anchor",
	"address with a user name": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:8  officialUrl: got \"https://openai.com:card@files.example.org/card\"; expected an absolute https URL without a user name or password, e.g. https://openai.com/index/o3-mini-system-card/",
	"address without https": "Content check failed with 1 problem. Nothing was published.\n  content/sources/example-card-pdf.yaml:4  url: got \"http://openai.com/index/example-system-card/\"; expected an absolute https URL without a user name or password, e.g. https://openai.com/index/o3-mini-system-card/",
	"look-alike letter in a reference": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:7  models[0]: got \"mоdel-a\" (with non-ASCII \"о\" U+043E); expected a lowercase id made of a-z and 0-9 joined by single hyphens or dots, not ending like a file name (\".html\"), e.g. \"o3-mini\" or \"gpt-4.5\"",
	"name with a bidirectional control": "Content check failed with 1 problem. Nothing was published.\n  content/models/model-a.yaml:1  name: got \"Model ⟨U+202E⟩b⟨U+202C⟩ A\"; expected a name without bidirectional control characters, which can make it read as another name",
	"text that is only invisible characters": "Content check failed with 1 problem. Nothing was published.\n  content/models/model-a.yaml:3  summary: got \"⟨U+200B⟩⟨U+2060⟩⟨U+200B⟩\"; expected visible text, not only spaces or invisible characters",
	"title too long": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:2  title: got \"Example System Card, Example System Card, Example System Card, Example System...\"; expected at most 200 characters",
	"declared metric with no result": "Content check failed with 1 problem. Nothing was published.\n  content/evaluations/example-card/example-qa.yaml:15  metrics[1].id: got \"refusals\"; expected a result for metric \"refusals\": every cell needs a value or `missing` with its reason, or the metric is removed",
	"page range that runs backwards": "Content check failed with 1 problem. Nothing was published.\n  content/evaluations/example-card/example-qa.yaml:9  locator.page: got \"9-4\"; expected a page range that runs forwards, first page first, e.g. \"24-25\"",
	"parents that lead back to the card": "Content check failed with 2 problems. Nothing was published.\n  content/cards/example-addendum.mdx:5  parent: got \"example-card\", whose parents lead back here (example-addendum → example-card → example-addendum); expected parents that end at a card without one\n  content/cards/example-card.mdx:5  parent: got \"example-addendum\", whose parents lead back here (example-card → example-addendum → example-card); expected parents that end at a card without one",
	"two model lists that meet in one anchor": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:20  ratings[1].models: gives the rating the anchor \"#risk-cbrn--model-a\", which ratings[0] already has; expected ratings whose categories and models give each its own anchor",
	"model compared with itself": "Content check failed with 1 problem. Nothing was published.\n  content/evaluations/example-card/example-qa.yaml:19  results[1].opponent: got \"model-b\"; expected another model: a model is not compared with itself",
	"two ratings for the same models in another order": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:18  ratings[1].category: got \"cbrn\"; duplicate rating: ratings[0] already rates this category for the same models",
	"spec given twice": "Content check failed with 1 problem. Nothing was published.\n  content/models/model-a.yaml:9  specs[1].key: got \"context-window\"; duplicate spec: specs[0] already gives context-window; one entry per spec, with every source in its list",
	"model listed twice on a card": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:7  models[2]: got \"model-a\"; duplicate model: models[0] already names it",
	"release date that is not a day": "Content check failed with 1 problem. Nothing was published.\n  content/models/model-a.yaml:7  specs[0].value: got \"early 2025\"; expected a release date written YYYY-MM-DD, a real calendar day",
	"revision dated before its card": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:8  revisions[0].date: got \"2024-12-24\"; expected a date on or after the card's own (2025-01-31): a revision comes after what it revises",
	// The message names the day the check runs.
	"publication date in the future": `Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:6  published: got "2031-06-30"; expected a date no later than today (${today()}): a card is listed once it is published`,
	"value that is not a number": "Content check failed with 1 problem. Nothing was published.\n  content/evaluations/example-card/example-qa.yaml:19  results[1].value: got .NaN, which YAML reads as NaN; expected number",
	"value in exponent form with more decimals than printed": "Content check failed with 1 problem. Nothing was published.\n  content/evaluations/example-card/example-qa.yaml:18  results[0].value: got 0.0000025; expected at most 1 decimal places, as metric \"accuracy\" is printed; showing more would round the value",
	"baseline out of range": "Content check failed with 1 problem. Nothing was published.\n  content/evaluations/example-card/example-qa.yaml:16  baselines[0].value: got 105; expected a percentage from 0 to 100 (write 14.8 for 14.8%); metric \"accuracy\" is in unit percent",
	"interval out of range": "Content check failed with 1 problem. Nothing was published.\n  content/evaluations/example-card/example-qa.yaml:18  results[0].ci: got 140; expected a percentage from 0 to 100 (write 14.8 for 14.8%); metric \"accuracy\" is in unit percent",
	"count that is not whole": "Content check failed with 1 problem. Nothing was published.\n  content/evaluations/example-card/example-qa.yaml:19  results[1].value: got 19.6; expected a whole number: metric \"accuracy\" counts things",
	"YAML aliases that expand without limit": "Content check failed with 1 problem. Nothing was published.\n  content/models/model-a.yaml  got YAML aliases that expand to more than 100,000 values (or refer to themselves); expected content that reuses anchors a sensible number of times",
	"key given twice": "Content check failed with 1 problem. Nothing was published.\n  content/models/model-a.yaml:4  got the key \"name\" twice, on lines 1 and 4; expected each key once in its mapping",
	"YAML tag the build cannot read": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:3  malformed YAML: unknown tag !<!markdown>",
	"heading that takes an id the page uses": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:19  body: got a heading whose id is \"sources\", which the card page already uses for its own section or anchors; expected a heading worded differently",
	"evaluation component with a prop it does not take": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:23  body: got <Evaluation> with the prop caption=\"Table 3\"; expected <Evaluation id=\"…\" />, with text values only",
	"evaluation placed only inside a code fence": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx  body: evaluation \"example-qa\" is not placed on the page; add <Evaluation id=\"example-qa\" /> where it belongs in the prose",
	"evaluation placed only inside a comment": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx  body: evaluation \"example-qa\" is not placed on the page; add <Evaluation id=\"example-qa\" /> where it belongs in the prose",
	"prose image from another origin": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:21  body: got the image \"https://cdn.example.net/chart.png\"; expected an image on this site (a path starting with /), as pages load nothing from elsewhere",
	"prose linking to a script address": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:21  body: got the link target \"vbscript:msgbox\"; expected an http(s) address or a path on this site, e.g. /cards/o3-mini/",
	"prose with an unknown component": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:25  body: got the tag <Chart>; expected Markdown: prose cannot hold HTML or components other than <Evaluation id=\"…\" />",
	"prose with raw HTML": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:21  body: got the tag <details>; expected Markdown: prose cannot hold HTML or components other than <Evaluation id=\"…\" />",
	"prose with an export": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:19  body: got `export const shown = true`; expected prose: an import or export runs code when the site is built",
	"prose with an expression": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:21  body: got the expression {new Date().getFullYear()}; expected prose: an expression runs code when the site is built (an MDX comment, {/* … */}, may stay)",
	"unknown risk level": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:14  ratings[0].preMitigation: got \"severe\"; expected a Preparedness Framework v1 level: \"low\", \"medium\", \"high\", \"critical\"",
	"category from the other framework": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:13  ratings[0].category: got \"biological-and-chemical\"; expected a Preparedness Framework v1 category: \"cbrn\", \"cybersecurity\", \"persuasion\", \"model-autonomy\"",
	"v1 rating without the pre/post distinction": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:14  ratings[0].level: got \"medium\"; expected preMitigation and postMitigation: a level without the pre/post split is allowed only on cards with coverage \"headline\"",
	"v2 determination written as a v1 level": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:14  ratings[0].determination: got \"medium\"; expected a Preparedness Framework v2 determination: \"below-indicative-high\", \"below-high\", \"treated-as-high\", \"high\", \"critical\"",
	"unknown framework": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:11  framework: got \"pf-v3\"; expected a framework: \"rsp-v1-0\", \"pf-v1\", \"fsf-v1-0\", \"rsp-v2-0\", \"microsoft-fgf-v1\", \"meta-faf-v1-1\", \"fsf-v2-0\", \"amazon-fmsf-v1\", \"rsp-v2-1\", \"pf-v2\", \"rsp-v2-2\", \"xai-rmf-2025-08\", \"fsf-v3-0\", \"xai-faf-2025-12\", \"rsp-v3-0\", \"rsp-v3-1\", \"meta-aasf-v2\", \"fsf-v3-1\", \"rsp-v3-2\", \"rsp-v3-3\", \"fgf\", \"xai-faf-2026-06\", \"rsp-v3-4\" or \"none\"",
	"threshold the card\u2019s RSP version does not define": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:13  ratings[0].category: got \"cbrn-4\"; expected a Responsible Scaling Policy v2.0 capability threshold: \"required-safeguards\", \"cbrn-weapons\", \"autonomous-ai-rd\"",
	"safeguard standard the card\u2019s RSP version does not define": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:14  ratings[0].determination: got \"asl-3-precautionary\"; expected a determination the Responsible Scaling Policy v2.0 allows for Required safeguards: \"asl-2-standard\", \"asl-3-standard\"",
	"RSP determination the threshold does not take": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:14  ratings[0].determination: got \"asl-3-standard\"; expected a determination the Responsible Scaling Policy v2.2 allows for CBRN-3: \"ruled-out\", \"not-crossed\", \"not-ruled-out\", \"crossed\"",
	"addendum without a parent": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:2  parent: got nothing (the field is missing); expected the id of the card this addendum extends",
	"parent that does not exist": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:5  parent: got \"missing-card\"; expected the id of an existing entry in cards (content/cards/), e.g. \"example-card\"",
	"card that is its own parent": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:5  parent: got \"example-card\"; expected another card: a card cannot be its own parent",
	"duplicate card id": "Content check failed with 2 problems. Nothing was published.\n  content/cards/example-card.mdx  duplicate id \"example-card\": content/cards/example-card.md already defines it; ids must be unique in cards\n  content/cards/example-card.md:23  body: got <Evaluation id=\"example-qa\" /> in a .md card, which would show it as text; expected the card as .mdx to place evaluations",
	"duplicate evaluation id": "Content check failed with 1 problem. Nothing was published.\n  content/evaluations/example-card/example-qa.yml  duplicate id \"example-card/example-qa\": content/evaluations/example-card/example-qa.yaml already defines it; ids must be unique in evaluations",
	"percentage above 100": "Content check failed with 1 problem. Nothing was published.\n  content/evaluations/example-card/example-qa.yaml:17  results[0].value: got 217; expected a percentage from 0 to 100 (write 14.8 for 14.8%); metric \"accuracy\" is in unit percent",
	"fraction given as percent": "Content check failed with 2 problems. Nothing was published.\n  content/evaluations/example-card/example-qa.yaml:17  results[0].value: got 21.7; expected a fraction from 0 to 1 (write 0.73, not 73); metric \"accuracy\" is in unit fraction\n  content/evaluations/example-card/example-qa.yaml:19  results[1].value: got 19.6; expected a fraction from 0 to 1 (write 0.73, not 73); metric \"accuracy\" is in unit fraction",
	"more decimals than printed (would round)": "Content check failed with 2 problems. Nothing was published.\n  content/evaluations/example-card/example-qa.yaml:18  results[0].value: got 21.7; expected at most 0 decimal places, as metric \"accuracy\" is printed; showing more would round the value\n  content/evaluations/example-card/example-qa.yaml:20  results[1].value: got 19.6; expected at most 0 decimal places, as metric \"accuracy\" is printed; showing more would round the value",
	"figure without a source locator": "Content check failed with 1 problem. Nothing was published.\n  content/evaluations/example-card/example-qa.yaml:1  locator: got nothing (the field is missing); expected a source locator: { source, section, table or figure, page }",
	"locator naming an unknown source": "Content check failed with 1 problem. Nothing was published.\n  content/evaluations/example-card/example-qa.yaml:6  locator.source: got \"example-card-html\"; expected the id of an existing entry in sources (content/sources/), e.g. \"example-card-pdf\"",
	"unknown model in a result": "Content check failed with 1 problem. Nothing was published.\n  content/evaluations/example-card/example-qa.yaml:18  results[1].model: got \"model-c\"; expected the id of an existing entry in models (content/models/), e.g. \"model-a\", \"model-b\"",
	"unknown variant": "Content check failed with 1 problem. Nothing was published.\n  content/evaluations/example-card/example-qa.yaml:19  results[1].variant: got \"post-mitigaton\"; expected one of \"default\", \"pre-mitigation\", \"post-mitigation\", \"helpful-only\", \"launch-candidate\", \"near-final-checkpoint\", \"non-final-checkpoint\", \"fine-tuned\"",
	"blank cell": "Content check failed with 1 problem. Nothing was published.\n  content/evaluations/example-card/example-qa.yaml:18  results: missing cell: model \"model-b\" (default) has no result for row \"bengali\", metric \"accuracy\"; add a value, or `missing` with the reason",
	"value and missing reason together": "Content check failed with 1 problem. Nothing was published.\n  content/evaluations/example-card/example-qa.yaml:19  results[1].value: got 19.6; expected exactly one of `value` or `missing` (the reason a value is absent)",
	"v1 rating with only its pre-mitigation level": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:13  ratings[0].postMitigation: got nothing (the field is missing); expected postMitigation: a Preparedness Framework v1 rating gives both preMitigation and postMitigation levels (\"low\", \"medium\", \"high\", \"critical\"), or a single `level` when the source does not say which it is",
	"v1 rating with a single level and the pre/post pair": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:14  ratings[0].level: got \"medium\"; expected either `level` or preMitigation and postMitigation, not both",
	"partial date without a note": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:2  publishedNote: got nothing (the field is missing); expected a note saying why the date is \"2025-01\" and not a full YYYY-MM-DD date",
	"partial date on a card with full coverage": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:6  published: got \"2025-01\"; expected a full YYYY-MM-DD date: a card with full coverage has its document in hand",
	"former id that is a card id in use": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:11  formerIds[0]: got \"example-card\", which is the id of an existing card; expected an id no other card uses, since its old URL must forward here",
	"malformed date": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:6  published: got \"2025-31-01\"; expected a date written YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2025-01-31, \"2025-09\", \"2024\"), or \"unknown\"",
	"safeguard section that is not a heading": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:11  safeguardSections[0]: got \"safeguards\"; expected the id of a heading in this card's text: \"hallucinations\"",
	"unknown frontmatter key": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:11  author: unknown key \"author\"; allowed keys: title, summary, kind, parent, publisher, published, publishedNote, revisions, models, officialUrl, sources, coverage, unverified, anchorAliases, formerIds, safeguardSections, framework, ratings, overall, ratingsNote",
	"malformed YAML": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:8  malformed YAML: missed comma between flow collection entries",
	"missing frontmatter": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:1  expected YAML frontmatter between two \"---\" lines at the top of the file",
	"unsafe official URL": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:8  officialUrl: got \"javascript:alert(1)\"; expected an absolute https URL without a user name or password, e.g. https://openai.com/index/o3-mini-system-card/",
	"risk category outside the card framework": "Content check failed with 1 problem. Nothing was published.\n  content/evaluations/example-card/example-qa.yaml:3  riskCategory: got \"ai-self-improvement\"; expected a category of the card's framework (pf-v1): \"cbrn\", \"cybersecurity\", \"persuasion\", \"model-autonomy\"",
	"evaluation not placed on its page": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx  body: evaluation \"example-qa\" is not placed on the page; add <Evaluation id=\"example-qa\" /> where it belongs in the prose",
	"placement naming no evaluation": "Content check failed with 1 problem. Nothing was published.\n  content/cards/example-card.mdx:25  body: <Evaluation id=\"example-q\" /> names no evaluation; expected one of content/evaluations/example-card/: \"example-qa\"",
	"evaluation filed under a card that does not exist": "Content check failed with 1 problem. Nothing was published.\n  content/evaluations/other-card/example-qa.yaml  got card folder \"other-card\"; expected the id of an existing card in content/cards/, as evaluations live in content/evaluations/<card-id>/",
	"spec without a source": "Content check failed with 1 problem. Nothing was published.\n  content/models/model-a.yaml:5  specs[0].sources: got nothing (the field is missing); expected a list of source locators, e.g. [{ source: o3-mini-system-card }]",
	"file name that is not an id": "Content check failed with 1 problem. Nothing was published.\n  content/models/Model_C.yaml  got file name \"Model_C.yaml\"; expected a lowercase id made of a-z and 0-9 joined by single hyphens or dots, not ending like a file name (\".html\"), because the id becomes a URL and an anchor",
	"unknown benchmark": "Content check failed with 1 problem. Nothing was published.\n  content/evaluations/example-card/example-qa.yaml:3  benchmark: got \"example-qa-v2\"; expected the id of an existing entry in benchmarks (content/benchmarks/), e.g. \"example-qa\"",
	"figure restated on its own card": "Content check failed with 1 problem. Nothing was published.\n  content/evaluations/example-card/example-qa.yaml:18  results[0].restatedIn[0].evaluation: got \"example-card/example-qa\", an evaluation of this same card; expected one on a later card that prints this model's figure again",
	"figure restated in an evaluation that does not exist": "Content check failed with 1 problem. Nothing was published.\n  content/evaluations/example-card/example-qa.yaml:18  results[0].restatedIn[0].evaluation: got \"later-card/example-qa\"; expected the id of an existing entry in evaluations (content/evaluations/), e.g. \"example-card/example-qa\"",
	"restated figure named without its card": "Content check failed with 1 problem. Nothing was published.\n  content/evaluations/example-card/example-qa.yaml:18  results[0].restatedIn[0].evaluation: got \"example-qa\"; expected an evaluation id, <card-id>/<evaluation-id>, e.g. \"o3-mini/personqa\"",
};

test('the valid fixture passes, so each case fails only for its own edit', () => {
	expect(reportFor(() => {})).toBe('no problems');
});

test('the suite covers at least 70 distinct kinds of bad content, each pinned', () => {
	expect(new Set(CASES.map((badCase) => badCase.name)).size).toBe(CASES.length);
	expect(CASES.length).toBeGreaterThanOrEqual(70);
	expect(Object.keys(EXPECTED).sort()).toEqual(CASES.map((badCase) => badCase.name).sort());
});

describe('bad content is rejected with a report naming file, field, value and what is allowed', () => {
	test.each(CASES.map((badCase) => [badCase.name, badCase] as const))('%s', (name, badCase) => {
		expect(reportFor(badCase.apply)).toBe(EXPECTED[name]);
	});
});
