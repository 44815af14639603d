/**
 * Figures on the rendered OpenAI o1 System Card page, checked against values copied by hand from the fact
 * dossier (shared/sources/o1-facts.md), so a content edit cannot change one silently. The
 * figures are spread over every part of the card; the evaluation files themselves were compared
 * with the dossier cell by cell when they were keyed.
 */
import { useBuiltSite } from './built-site.ts';
import { testDossierFigures, type DossierFigure } from './evaluation-tables.ts';

const site = useBuiltSite();

const DOSSIER_FIGURES: DossierFigure[] = [
	// December version, §3-§6 and appendix (dossier §3-§6, §10)
	['disallowed-content', 'Challenging Refusal Evaluation: not_unsafe', 'GPT-4o', '0.713'],
	['disallowed-content', 'Standard Refusal Evaluation: not_unsafe', 'OpenAI o1-preview', '0.995'],
	['multimodal-refusal', 'not_overrefuse', 'GPT-4o', '0.48'],
	['jailbreaks', 'StrongReject: goodness@0.1', 'OpenAI o1-preview', '0.66'],
	['jailbreaks', 'StrongReject: goodness@0.1', 'GPT-4o', '0.22'],
	['simpleqa', 'accuracy', 'OpenAI o1', '0.47'],
	['personqa', 'hallucination rate (lower is better)', 'OpenAI o1', '0.20'],
	['bbq', 'Ambiguous Questions: P(not-stereotype | not unknown)', 'OpenAI o1-preview', '0.37'],
	['discrimination', 'Explicit discrimination: Age Coef.', 'OpenAI o1-preview', '0.70'],
	['instruction-hierarchy-conflicts', 'System <> Developer message conflict', 'OpenAI o1', '0.80'],
	['phrase-password-protection', 'Phrase protection - developer message', 'OpenAI o1', '0.70'],
	['tutor-jailbreaks', 'Tutor jailbreak - system message', 'GPT-4o', '0.33'],
	['cot-deception', 'Total deceptive: Absolute', 'OpenAI o1-preview', '180'],
	['red-team-pairwise', 'o1 rated safer', 'OpenAI o1 near-final checkpoint vs GPT-4o', '59.75%'],
	['gray-swan-arena', 'Harmful text', 'GPT-4o', '3.5%'],
	[
		'apollo-scheming',
		'Deactivated oversight: deceived on follow-up',
		'GPT-4o',
		'No value given in the card',
	],
	['metr', 'Weighted Average Score', 'OpenAI o1 non-final checkpoint elicited', '≈ 0.55'],
	['standard-refusal-breakdown', 'sexual/exploitative', 'OpenAI o1-preview pre-mitigation', '0.57'],
	['challenging-refusal-breakdown', 'illicit/non-violent', 'OpenAI o1', '0.866'],
	['xstest-breakdown', 'Overall', 'OpenAI o1', '0.936'],
	// September version (dossier §3, §5.1, §6 September tables)
	[
		'disallowed-content-september-2024',
		'Standard Refusal Evaluation: not_overrefuse',
		'OpenAI o1-mini',
		'0.9',
	],
	['jailbreaks-september-2024', 'StrongReject: goodness@0.1', 'OpenAI o1-preview', '0.84'],
	['simpleqa-september-2024', 'hallucination rate (lower is better)', 'GPT-4o mini', '0.90'],
	[
		'birthdayfacts-september-2024',
		'hallucination rate (lower is better)',
		'OpenAI o1-mini',
		'0.24',
	],
	['bbq-september-2024', 'Unambiguous Questions: accuracy', 'GPT-4o', '0.72'],
	['cot-deception-september-2024', 'Total deceptive: Percent', 'OpenAI o1-preview', '0.79%'],
	[
		'red-team-automated-jailbreaks-september-2024',
		'Share of automated jailbreak attempts resisted',
		'OpenAI o1-preview',
		'44%',
	],
	['ctf-september-2024', 'High school', 'OpenAI o1-preview near-final checkpoint', '26.7%'],
	['ctf-september-2024', 'Professional', 'OpenAI o1-preview post-mitigation', '7.3%'],
	// December version, §7 Preparedness and §8 multilingual
	['ctf', 'High school', 'OpenAI o1 post-mitigation', '46%'],
	['ctf', 'Collegiate', 'OpenAI o1-preview', '25%'],
	['long-form-biorisk', 'Acquisition', 'OpenAI o1 pre-mitigation', '≈ 75%'],
	['expert-comparisons', 'Ease of execution', 'OpenAI o1 pre-mitigation', '80%'],
	['biotool', 'Twist DNA order', 'GPT-4 Turbo browsing on Ranger browser harness', '100%'],
	['multimodal-virology', 'Pass rate (cons@32)', 'OpenAI o1 post-mitigation', '59%'],
	['biolp-bench', 'Score (pass@1)', 'OpenAI o1-preview post-mitigation', '36%'],
	['chem-bio-novel-design-probing', 'Rated Medium', 'OpenAI o1 pre-mitigation', '22'],
	['rn-expert-probing', 'Conversations rated', 'OpenAI o1 pre-mitigation', '42'],
	['contextual-nuclear-knowledge', 'Accuracy (cons@32)', 'OpenAI o1 post-mitigation', '≈ 74%'],
	['changemyview', 'Persuasiveness percentile', 'GPT-3.5', '≈ 38.2%'],
	['parallel-generation', 'Win rate against GPT-4o', 'OpenAI o1 pre-mitigation vs GPT-4o', '47.1%'],
	['makemepay', 'Share of available dollars extracted', 'OpenAI o1 post-mitigation', '4%'],
	['swe-bench-verified', 'pass@1', 'OpenAI o1 post-mitigation', '40.9%'],
	['mle-bench', 'Bronze medal or better', 'OpenAI o1-preview post-mitigation pass@10', '37%'],
	['mmlu-multilingual', 'English (not translated)', 'OpenAI o1', '0.9230'],
	['mmlu-multilingual', 'Yoruba', 'GPT-4o mini', '0.4583'],
	['quantbench', 'Accuracy (cons@16)', 'OpenAI o1 post-mitigation', '≈ 60.0%'],
	// More from both versions, over the remaining tables
	['wildchat-breakdown', 'violence/graphic', 'OpenAI o1', '0.990'],
	['multimodal-refusal-breakdown', 'overall (sample weighted)', 'OpenAI o1', '0.961'],
	[
		'apollo-capabilities-september-2024',
		'Self-Knowledge: "SAD" Benchmark (3 tasks)',
		'OpenAI o1-preview',
		'3',
	],
	[
		'metr-september-2024',
		'Weighted task completion rate',
		'OpenAI o1-preview adapted scaffold, n = 6',
		'≈ 0.43',
	],
	[
		'parallel-generation',
		'Win rate against GPT-4o',
		'OpenAI o1 post-mitigation vs GPT-4o',
		'Evaluated, not reported',
	],
	['swe-bench-verified-september-2024', 'pass@1', 'OpenAI o1-preview post-mitigation', '28.4%'],
	['agentic-tasks', 'Create Bitcoin Wallet', 'OpenAI o1', 'Not recovered from the sources we hold'],
	[
		'jailbreaks-september-2024',
		'Human-sourced: Accuracy',
		'GPT-4o',
		'Not recovered from the sources we hold',
	],
	['open-ended-questions-september-2024', 'num incorrect (lower is better)', 'GPT-4o mini', '1.23'],
	['discrimination', 'Implicit discrimination: Race Coef.', 'OpenAI o1-preview', '0.083'],
	[
		'cot-summaries',
		'Completions where the summary added disallowed content',
		'OpenAI o1-preview',
		'0.06%',
	],
	[
		'apollo-scheming',
		'Deactivated oversight',
		'OpenAI o1 near-final checkpoint without goal nudging',
		'0.01',
	],
	['ctf', 'Professional', 'GPT-4o', 'Not recovered from the sources we hold'],
	['ctf-september-2024', 'Professional', 'OpenAI o1-mini post-mitigation', '3.9%'],
	['ctf-september-2024', 'High school', 'OpenAI o1-preview pre-mitigation', '≈ 44%'],
	['long-form-biorisk', 'Release', 'OpenAI o1-mini pre-mitigation', '≈ 81%'],
	['expert-comparisons', 'Accuracy', 'OpenAI o1-mini pre-mitigation', '≈ 76.5%'],
	[
		'biotool',
		'Ebola FASTA file',
		'OpenAI o1 post-mitigation browsing on Ranger browser harness',
		'17%',
	],
	['biotool', 'AlphaFold', 'GPT-4o fine-tuned', '10%'],
	['protocolqa', 'Score (pass@1)', 'OpenAI o1 pre-mitigation', '≈ 22%'],
	['tacit-knowledge-mcq', 'Pass rate (cons@32)', 'OpenAI o1 post-mitigation', '≈ 66%'],
	['rn-expert-knowledge', 'Accuracy (cons@32)', 'OpenAI o1 pre-mitigation', '≈ 66%'],
	[
		'makemepay-september-2024',
		'Conversations with a payment',
		'OpenAI o1-preview pre-mitigation',
		'25.8%',
	],
];

testDossierFigures(site, '/cards/o1/', DOSSIER_FIGURES);
