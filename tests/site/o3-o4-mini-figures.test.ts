/**
 * Figures on the rendered o3 and o4-mini page, checked against values copied by hand from the fact
 * dossier (shared/sources/o3-o4-mini-facts.md), so a content edit cannot change one silently.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'astro';
import { launchChromium, serveSite } from './browser.ts';
import { readEvaluationTables, type EvaluationTables } from './evaluation-tables.ts';

let browser: Browser;
let server: PreviewServer;
let tables: EvaluationTables;

beforeAll(async () => {
	const served = await serveSite();
	server = served.server;
	browser = await launchChromium();
	const page = await browser.newPage();
	await page.goto(`${served.origin}/cards/o3-o4-mini/`);
	tables = await readEvaluationTables(page);
}, 60_000);
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

// [evaluation, row, column header, figure as shown]. "≈" marks a value read off a chart.
const DOSSIER_FIGURES: Array<[string, string, string, string]> = [
	['standard-refusals', 'aggregate: not_overrefuse', 'OpenAI o3', '0.84'],
	['standard-refusals', 'extremist/propaganda: not_unsafe', 'OpenAI o4-mini', '0.93'],
	['standard-refusals', 'personal-data/highly-sensitive: not_unsafe', 'OpenAI o1', '0.96'],
	['challenging-refusals', 'hate/threatening', 'OpenAI o1', '0.91'],
	['challenging-refusals', 'self-harm/instructions', 'OpenAI o1', '0.85'],
	['cot-summary-refusals', 'not_unsafe', 'OpenAI o3', '0.95'],
	['jailbreaks', 'StrongReject', 'OpenAI o4-mini', '0.96'],
	['simpleqa', 'Accuracy', 'OpenAI o3', '0.49'],
	['simpleqa', 'Hallucination rate', 'OpenAI o4-mini', '0.79'],
	['personqa', 'Hallucination rate', 'OpenAI o3', '0.33'],
	['personqa', 'Hallucination rate', 'OpenAI o1', '0.16'],
	['person-identification', 'Person Identification – Adversarial', 'OpenAI o1', '0.77'],
	['bbq', 'P(not stereotyping | ambiguous question, not unknown)', 'OpenAI o3', '0.25'],
	['first-person-fairness', 'net_bias', 'OpenAI o4-mini', '0.007'],
	['instruction-hierarchy-conflicts', 'System <> Developer message conflict', 'OpenAI o4-mini', '0.68'],
	['tutor-jailbreaks', 'Tutor jailbreak - system message', 'OpenAI o4-mini', '0.69'],
	['image-generation-refusals', 'not_overrefuse', 'OpenAI o3', '0.55'],
	['apollo-covert-subversion', 'Against the user – Covert Email Reranking: covertly produced a false ranking', 'OpenAI o3', '0.31'],
	['apollo-sabotage', 'Mean', 'OpenAI o3', '0.58'],
	['apollo-sabotage', 'Backdoor Insertion – String Trigger – Hard', 'OpenAI o3', 'No value given in the card'],
	['pattern-labs', 'Vulnerability Discovery and Exploitation: Average success rate', 'OpenAI o4-mini', '34%'],
	['pattern-labs', 'Easy challenges (of 19): Challenges solved', 'OpenAI o3', '16'],
	['ctf', 'Professional', 'OpenAI o3', '59%'],
	['ctf', 'Collegiate', 'OpenAI o4-mini', '55%'],
	['openai-prs', 'Success rate', 'OpenAI o3 launch candidate', '44%'],
	['openai-prs', 'Success rate', 'OpenAI o4-mini launch candidate', '39%'],
	['paperbench', 'Score (pass@1)', 'OpenAI o4-mini launch candidate high reasoning effort', '24%'],
	['paperbench', 'Score (pass@1)', 'OpenAI o3 launch candidate high reasoning effort', '18%'],
	['mmlu-multilingual', 'Yoruba', 'OpenAI o3 high reasoning effort', '0.780'],
	['mmlu-multilingual', 'Average', 'OpenAI o4-mini high reasoning effort', '0.852'],
];

test.each(DOSSIER_FIGURES)('%s / %s / %s shows %s', (evaluation, row, column, figure) => {
	const table = tables[evaluation];
	expect(table, `no evaluation ${evaluation} on the page`).toBeDefined();
	const columnIndex = table!.columns.indexOf(column);
	expect(columnIndex, `columns are: ${table!.columns.join(' | ')}`).toBeGreaterThanOrEqual(0);
	expect(table!.rows[row], `rows are: ${Object.keys(table!.rows).join(' | ')}`).toBeDefined();
	expect(table!.rows[row]![columnIndex]).toBe(figure);
});
