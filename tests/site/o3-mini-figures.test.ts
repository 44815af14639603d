/**
 * Figures on the rendered o3-mini page, checked against values copied by hand from the fact
 * dossier (shared/sources/o3-mini-facts.md). A content edit that changes one of these numbers, its
 * approximate mark, or the column it sits in fails here.
 */
import { expect, test } from 'vitest';
import { useBuiltSite } from './built-site.ts';
import { testDossierFigures, type DossierFigure } from './evaluation-tables.ts';

const site = useBuiltSite();

const DOSSIER_FIGURES: DossierFigure[] = [
	['disallowed-content', 'Standard Refusal Evaluation: not_overrefuse', 'OpenAI o3-mini', '0.92'],
	['disallowed-content', 'Challenging Refusal Evaluation: not_unsafe', 'OpenAI o1-mini', '0.93'],
	['disallowed-content', 'XSTest: not_overrefuse', 'GPT-4o', '0.88'],
	['standard-refusal-breakdown', 'sexual/exploitative', 'OpenAI o3-mini pre-mitigation', '0.90'],
	['challenging-refusal-breakdown', 'sexual/exploitative', 'OpenAI o3-mini pre-mitigation', '0.52'],
	['xstest-breakdown', 'Discr: Nonsense context', 'OpenAI o3-mini', '0.48'],
	['xstest-breakdown', 'Privacy: fictional', 'GPT-4o', '0.44'],
	['jailbreaks', 'StrongReject: goodness@0.1', 'OpenAI o3-mini', '0.73'],
	['jailbreaks', 'StrongReject: goodness@0.1', 'OpenAI o1-mini', '0.72'],
	['jailbreaks', 'StrongReject: goodness@0.1', 'GPT-4o', '0.37'],
	['jailbreaks', 'Human-sourced jailbreaks: not_unsafe', 'OpenAI o3-mini', '0.97'],
	['personqa', 'Accuracy', 'OpenAI o3-mini', '21.7%'],
	['personqa', 'Hallucination rate', 'OpenAI o3-mini', '14.8%'],
	['personqa', 'Hallucination rate', 'OpenAI o1-mini', '27.4%'],
	['personqa', 'Hallucination rate', 'GPT-4o mini', '52.4%'],
	['bbq', 'Accuracy on ambiguous questions', 'OpenAI o3-mini', '0.82'],
	['bbq', 'Accuracy on unambiguous questions', 'OpenAI o3-mini', '0.96'],
	['discrimination-explicit', 'Overall', 'OpenAI o3-mini', '0.14'],
	['discrimination-implicit', 'Age', 'OpenAI o1-mini', '1.00'],
	['instruction-hierarchy-conflicts', 'System <> User message conflict', 'OpenAI o3-mini', '0.73'],
	['tutor-jailbreaks', 'Tutor jailbreak – developer message', 'OpenAI o3-mini', '0.94'],
	[
		'phrase-password-protection',
		'Password protection – developer message',
		'OpenAI o3-mini',
		'0.89',
	],
	[
		'red-team-pairwise',
		'Self-rated win rate',
		'OpenAI o3-mini near-final checkpoint vs GPT-4o',
		'73.3% ± 4.0%',
	],
	[
		'red-team-pairwise',
		'Peer-rated win rate',
		'OpenAI o3-mini near-final checkpoint vs GPT-4o',
		'83.1% ± 1.4%',
	],
	[
		'red-team-pairwise',
		'Third-party-rated win rate',
		'OpenAI o3-mini near-final checkpoint vs OpenAI o1',
		'49.9% ± 2.6%',
	],
	['red-team-refusal-rates', 'Refusal rate', 'OpenAI o1', '63.5%'],
	[
		'gray-swan-arena',
		'Average user attack success rate',
		'OpenAI o3-mini near-final checkpoint',
		'3.6%',
	],
	['gray-swan-arena', 'Average user attack success rate', 'OpenAI o1', '1.9%'],
	['ctf', 'High school', 'OpenAI o3-mini post-mitigation', '61%'],
	['ctf', 'Professional', 'OpenAI o3-mini post-mitigation', '21%'],
	['ctf', 'Professional', 'OpenAI o1', '≈ 23%'],
	['long-form-biorisk', 'Acquisition', 'OpenAI o3-mini pre-mitigation', '≈ 81%'],
	['expert-comparisons', 'Accuracy', 'OpenAI o3-mini pre-mitigation', '≈ 81.4%'],
	[
		'biotool',
		'Ebola FASTA file',
		'OpenAI o3-mini post-mitigation browsing on Ranger browser harness',
		'92%',
	],
	['multimodal-virology', 'Score (cons@32)', 'OpenAI o1 post-mitigation', '59%'],
	['multimodal-virology', 'Score (cons@32)', 'OpenAI o3-mini post-mitigation', '53%'],
	['protocolqa', 'Score (pass@1)', 'OpenAI o3-mini post-mitigation', '23%'],
	['tacit-knowledge-mcq', 'Score (cons@32)', 'OpenAI o3-mini pre-mitigation', '68%'],
	['rn-expert-probing', 'Conversations rated', 'OpenAI o3-mini pre-mitigation', '123'],
	['rn-expert-probing', 'Rated Medium', 'OpenAI o3-mini pre-mitigation', '54'],
	['rn-expert-probing', 'Rated Low', 'OpenAI o3-mini pre-mitigation', '61'],
	['changemyview', 'Persuasiveness percentile', 'OpenAI o1', '≈ 83.8%'],
	['parallel-generation', 'Win rate against GPT-4o', 'OpenAI o1 vs GPT-4o', '53.3%'],
	['makemepay', 'Conversations with a payment', 'OpenAI o3-mini pre-mitigation', '79%'],
	['makemepay', 'Share of available dollars extracted', 'OpenAI o3-mini pre-mitigation', '9%'],
	['makemesay', 'Win rate', 'OpenAI o3-mini pre-mitigation', '73%'],
	[
		'research-engineer-interviews',
		'Coding (pass@1, 18 problems)',
		'OpenAI o3-mini post-mitigation',
		'92%',
	],
	[
		'swe-bench-verified',
		'pass@1',
		'OpenAI o3-mini non-final checkpoint 4 attempts per task tools on internal tool scaffold',
		'61%',
	],
	['swe-bench-verified', 'pass@1', 'OpenAI o1 5 attempts per task Agentless 1.0', '48%'],
	[
		'swe-bench-verified',
		'pass@1',
		'OpenAI o3-mini launch candidate 5 attempts per task Agentless 1.0',
		'39%',
	],
	['mle-bench', 'Bronze medal or better', 'OpenAI o1-preview post-mitigation pass@10', '37%'],
	['openai-prs', 'pass@1', 'OpenAI o3-mini pre-mitigation', '0%'],
	['openai-prs', 'pass@1', 'OpenAI o3-mini post-mitigation', '0%'],
	['mmlu-multilingual', 'Arabic', 'OpenAI o3-mini', '0.8070'],
	['mmlu-multilingual', 'Yoruba', 'OpenAI o1-mini', '0.5807'],
	['mmlu-multilingual', 'Spanish', 'OpenAI o3-mini pre-mitigation', '0.8339'],
];

const tables = testDossierFigures(site, '/cards/o3-mini/', DOSSIER_FIGURES);

test('the sample covers at least 40 figures', () => {
	expect(DOSSIER_FIGURES.length).toBeGreaterThanOrEqual(40);
});

test('figures the sources do not give say so, never blank', () => {
	expect(tables()['ctf']!.rows['High school']![tables()['ctf']!.columns.indexOf('GPT-4o')]).toBe(
		'Not recovered from the sources we hold',
	);
	const blanks = Object.values(tables())
		.flatMap((table) => Object.values(table.rows).flat())
		.filter((cell) => cell.trim() === '');
	expect(blanks).toEqual([]);
});
