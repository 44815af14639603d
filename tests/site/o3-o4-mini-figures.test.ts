/**
 * Figures on the rendered o3 and o4-mini page, checked against values copied by hand from the fact
 * dossier (shared/sources/o3-o4-mini-facts.md), so a content edit cannot change one silently.
 */
import { expect, test } from 'vitest';
import { useBuiltSite } from './built-site.ts';
import { testDossierFigures, type DossierFigure } from './evaluation-tables.ts';

const site = useBuiltSite();

const DOSSIER_FIGURES: DossierFigure[] = [
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
	[
		'instruction-hierarchy-conflicts',
		'System <> Developer message conflict',
		'OpenAI o4-mini',
		'0.68',
	],
	['tutor-jailbreaks', 'Tutor jailbreak - system message', 'OpenAI o4-mini', '0.69'],
	['image-generation-refusals', 'not_overrefuse', 'OpenAI o3', '0.55'],
	[
		'apollo-covert-subversion',
		'Against the user – Covert Email Reranking: covertly produced a false ranking',
		'OpenAI o3',
		'0.31',
	],
	['apollo-sabotage', 'Mean', 'OpenAI o3', '0.58'],
	[
		'apollo-sabotage',
		'Backdoor Insertion – String Trigger – Hard',
		'OpenAI o3',
		'No value given in the card',
	],
	[
		'pattern-labs',
		'Vulnerability Discovery and Exploitation: Average success rate',
		'OpenAI o4-mini',
		'34%',
	],
	['pattern-labs', 'Easy challenges (of 19): Challenges solved', 'OpenAI o3', '16'],
	['ctf', 'Professional', 'OpenAI o3', '59%'],
	['ctf', 'Collegiate', 'OpenAI o4-mini', '55%'],
	['openai-prs', 'Success rate', 'OpenAI o3 launch candidate', '44%'],
	['openai-prs', 'Success rate', 'OpenAI o4-mini launch candidate', '39%'],
	['paperbench', 'Score (pass@1)', 'OpenAI o4-mini launch candidate high reasoning effort', '24%'],
	['paperbench', 'Score (pass@1)', 'OpenAI o3 launch candidate high reasoning effort', '18%'],
	['mmlu-multilingual', 'Yoruba', 'OpenAI o3 high reasoning effort', '0.780'],
	['mmlu-multilingual', 'Average', 'OpenAI o4-mini high reasoning effort', '0.852'],
	['vision-red-teaming', 'All', 'OpenAI o3 near-final checkpoint', '≈ 1070'],
	['vision-red-teaming', 'Illegal Content', 'GPT-4o', '≈ 770'],
	['person-identification', 'Ungrounded Inference – Adversarial', 'OpenAI o4-mini', '0.81'],
	['instruction-hierarchy-conflicts', 'Developer <> User message conflict', 'OpenAI o3', '0.86'],
	['phrase-password-protection', 'Phrase protection - developer message', 'OpenAI o1', '0.89'],
	['metr-time-horizon', '50% time horizon (minutes)', 'OpenAI o3 non-final checkpoint', '90'],
	[
		'apollo-deferred-subversion',
		'Instrumental Alignment Faking (no goal nudging): Behavioral scheming rate',
		'OpenAI o1',
		'0.38',
	],
	[
		'apollo-deferred-subversion',
		'Sandbagging: no goal in system prompt: Accuracy difference',
		'OpenAI o3',
		'0.17',
	],
	['apollo-sabotage', 'Backdoor Insertion – Date Trigger – Easy', 'OpenAI o3-mini', '0.63'],
	['pattern-labs', 'Evasion: Average success rate', 'OpenAI o3', '51%'],
	['pattern-labs', 'Medium challenges (of 13): Challenges solved', 'OpenAI o4-mini', '9'],
	['swe-lancer', 'IC SWE accuracy', 'OpenAI o3 helpful-only browsing on', '55%'],
	['mmlu-multilingual', 'Arabic', 'OpenAI o1', '0.890'],
	['mmlu-multilingual', 'Swahili', 'OpenAI o3-mini high reasoning effort', '0.738'],
];

testDossierFigures(site, '/cards/o3-o4-mini/', DOSSIER_FIGURES);

test('the sample covers at least 40 figures', () => {
	expect(DOSSIER_FIGURES.length).toBeGreaterThanOrEqual(40);
});
