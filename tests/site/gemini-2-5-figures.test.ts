/**
 * Figures on the rendered Gemini 2.5 technical report and Gemini 2.5 Pro model card pages, checked
 * against values copied by hand from the fact dossier (shared/sources/gdm-facts.md, section 3), so
 * a content edit cannot change one silently. They are spread over every table of both documents;
 * the evaluation files themselves were compared with the dossier cell by cell when they were keyed.
 * Signed changes print with a hyphen-minus, as the tables show them.
 */
import { describe } from 'vitest';
import { useBuiltSite } from './built-site.ts';
import { testDossierFigures, type DossierFigure } from './evaluation-tables.ts';

const site = useBuiltSite();

const REPORT_FIGURES: DossierFigure[] = [
	// Table 3, core capabilities (dossier §3.10)
	['core-capabilities', 'Code – LiveCodeBench: Score', 'Gemini 2.5 Pro', '74.2%'],
	['core-capabilities', 'Code – LiveCodeBench: Score', 'Gemini 1.5 Pro', '29.7%'],
	['core-capabilities', 'Code – Aider Polyglot: Score', 'Gemini 1.5 Flash', '2.8%'],
	[
		'core-capabilities',
		"Reasoning – Humanity's Last Exam (no tools): Score",
		'Gemini 2.0 Flash',
		'5.1%',
	],
	['core-capabilities', 'Image – ZeroBench: Score', 'Gemini 2.0 Flash-Lite', '0.75%'],
	['core-capabilities', 'Long context – MRCR-V2 (8-needle) 1M: Score', 'Gemini 2.5 Flash', '21.0%'],
	['core-capabilities', 'Math – AIME 2025: Score', 'Gemini 2.5 Pro', '88.0%'],
	['core-capabilities', 'Factuality – SimpleQA: Score', 'Gemini 1.5 Flash', '8.6%'],
	[
		'core-capabilities',
		'Long context – LOFT (hard retrieval) 1M: Score',
		'Gemini 2.0 Flash-Lite',
		'7.6%',
	],
	['core-capabilities', 'Multilinguality – ECLeKTic: Score', 'Gemini 2.0 Flash', '33.6%'],
	// Table 4, Gemini 2.5 Pro against other models
	['comparison-with-other-models', 'FACTS Grounding', 'OpenAI o3 high reasoning effort', '69.9%'],
	[
		'comparison-with-other-models',
		'AIME 2025, single',
		'OpenAI o4-mini high reasoning effort',
		'92.7%',
	],
	['comparison-with-other-models', 'SWE-bench Verified, single', 'Claude Sonnet 4', '72.7%'],
	['comparison-with-other-models', 'MRCR-V2 (8-needle) ≤128K', 'Claude Opus 4', '16.1%'],
	['comparison-with-other-models', 'Aider Polyglot', 'Grok 3 Beta', '53.3%'],
	['comparison-with-other-models', 'GPQA (diamond), single', 'DeepSeek R1 0528', '81.0%'],
	['comparison-with-other-models', 'MMMU, single', 'DeepSeek R1 0528', 'Not applicable'],
	// Tables 5 and 6, audio and video
	['audio', 'FLEURS (53 lang): WER', 'Gemini 2.5 Pro', '6.66'],
	['video', 'QVHighlights (visual): R1@0.5', 'Gemini 2.5 Pro', '75.0'],
	['audio', 'CoVoST2 (21 lang): BLEU', 'GPT-4o mini Audio Preview', '29.5'],
	['video', 'LVBench (audio+visual): Accuracy', 'Gemini 2.0 Flash-Lite', '52'],
	['video', 'YouCook2 Cap (audio+visual): CIDEr', 'Gemini 2.5 Pro', '188.3'],
	['video', 'VideoMME (audio+visual+subtitles): Accuracy', 'GPT-4.1', '79.6'],
	// Figures 2 and 3, read off the charts
	['impact-of-thinking', 'AIME 2025', 'Gemini 2.0 Flash extended thinking', '≈ 45%'],
	['output-speed', 'Output tokens per second', 'Gemini 2.5 Flash', '≈ 335'],
	// Table 7, safety and helpfulness against the Gemini 1.5 baselines (dossier §3.9)
	[
		'safety-and-helpfulness',
		'EN text-to-text Policy Violations (change, %)',
		'Gemini 2.0 Flash-Lite vs Gemini 1.5 Flash',
		'-14.3',
	],
	['safety-and-helpfulness', 'Tone (change, %)', 'Gemini 2.5 Pro vs Gemini 1.5 Pro', '18.4'],
	[
		'safety-and-helpfulness',
		'Helpfulness / Instruction Following (change, %)',
		'Gemini 2.5 Flash vs Gemini 1.5 Flash',
		'13.6',
	],
	// Table 8, automated red teaming
	[
		'automated-red-teaming',
		'Dangerous Content policy violations (from ART)',
		'Gemini 1.5 Pro',
		'43.5%',
	],
	['automated-red-teaming', 'Helpfulness violations (from ART)', 'Gemini 2.5 Pro', '6.1%'],
	// Table 9, indirect prompt injection
	[
		'indirect-prompt-injection',
		'Beam Search: Attack success rate (ASR)',
		'Gemini 2.5 Flash vs Gemini 1.5 Flash',
		'4.2%',
	],
	[
		'indirect-prompt-injection',
		'TAP: Attack success rate (ASR)',
		'Gemini 2.0 Flash vs Gemini 1.5 Flash',
		'98.4%',
	],
	[
		'indirect-prompt-injection',
		'TAP: Change vs the 1.5 baseline (%)',
		'Gemini 2.5 Pro vs Gemini 1.5 Pro',
		'-57.0',
	],
	// Section 5.6, memorisation
	['memorisation', 'Divergence rate', 'Gemini 2.5 Pro', '59%'],
	// Table 10 and Figures 9 to 12, the Frontier Safety Framework (dossier §3.2 to §3.6)
	[
		'frontier-safety-summary',
		'Autonomous offense suite, easy (76 challenges): Solved',
		'Gemini 2.5 Pro',
		'74',
	],
	[
		'frontier-safety-summary',
		'Key skills benchmark, medium (28 challenges): Solved',
		'Gemini 2.5 Pro',
		'14',
	],
	[
		'frontier-safety-summary',
		'Key skills benchmark, hard (12 challenges): Solved',
		'Gemini 2.5 Pro',
		'6',
	],
	[
		'frontier-safety-summary',
		'Situational awareness challenges (11): Solved',
		'Gemini 2.5 Pro',
		'2',
	],
	['cbrn-multiple-choice', 'SecureBio VMQA - SC (N=350)', 'Gemini 2.5 Pro', '≈ 56%'],
	['cbrn-multiple-choice', 'SeqQA (N=600)', 'Gemini 2.0 Pro', '≈ 57%'],
	['autonomous-cyber-offense', 'InterCode-CTF (easy, 76 challenges)', 'Gemini 1.0 Ultra', '≈ 24'],
	['autonomous-cyber-offense', 'Hack the Box (hard, 13 challenges)', 'Gemini 2.5 Pro', '≈ 2'],
	['key-skills-benchmark', 'Medium (28 challenges)', 'Gemini 2.5 Pro', '≈ 15'],
	['key-skills-benchmark', 'Easy (8 challenges)', 'Gemini 2.0 Pro', '≈ 3'],
	['re-bench', 'Optimize a Kernel', 'Gemini 2.5 Pro 2-hour runs', '≈ 1.9'],
	['re-bench', 'Scaling Law Experiment', 'Claude 3.5 Sonnet 30-minute runs', '≈ 0.55'],
	[
		'deceptive-alignment',
		'Disabled Tool (situational awareness): Success rate',
		'Gemini 2.5 Pro',
		'42%',
	],
];

const CARD_FIGURES: DossierFigure[] = [
	// The benchmark table, pages 5 and 6 (dossier §3.10)
	[
		'benchmarks',
		'LiveCodeBench, UI: 1/1/2025 - 5/1/2025 (single attempt)',
		'Gemini 2.5 Pro GA',
		'69.0%',
	],
	['benchmarks', 'FACTS Grounding', 'OpenAI o3 high reasoning effort', '69.6%'],
	['benchmarks', "Humanity's Last Exam", 'Gemini 2.5 Pro GA', '21.6%'],
	['benchmarks', 'Global MMLU (Lite)', 'Gemini 2.5 Pro Experimental (03-25)', '89.8%'],
	['benchmarks', 'SWE-bench Verified (multiple attempts)', 'DeepSeek R1 0528', '57.6%'],
	['benchmarks', 'VideoMME (audio, visual, subtitles)', 'Gemini 2.5 Pro Preview (05-06)', '84.8%'],
	['benchmarks', 'MRCR, 1M (pointwise)', 'Gemini 2.5 Pro Preview (05-06)', '82.9%'],
	['benchmarks', 'Aider Polyglot (whole)', 'Gemini 2.5 Pro Preview (05-06)', '76.5%'],
	['benchmarks', 'Aider Polyglot (diff)', 'Gemini 2.5 Pro Experimental (03-25)', '68.6%'],
	['benchmarks', 'MRCR, 128k (average)', 'Gemini 2.5 Pro Experimental (03-25)', '94.5%'],
	[
		'benchmarks',
		'LiveCodeBench, UI: 10/1/2024 - 2/1/2025 (multiple attempts)',
		'Grok 3 Beta',
		'79.4%',
	],
	['benchmarks', 'MMMU (single attempt, pass@1)', 'DeepSeek R1 0528', 'Not applicable'],
	// The safety table, page 9 (dossier §3.9)
	[
		'safety-evaluations',
		'Multilingual Safety (change, %)',
		'Gemini 2.5 Pro Preview (05-06)',
		'-1.87',
	],
	[
		'safety-evaluations',
		'Text to Text Safety (change, %)',
		'Gemini 2.5 Pro Experimental (03-25)',
		'-7.0',
	],
	['safety-evaluations', 'Tone (change, %)', 'Gemini 2.5 Pro GA', '18.4'],
	// Table 1, the frontier safety summary, pages 11 and 12 (dossier §3.2)
	[
		'frontier-safety-summary',
		'Key skills benchmark, medium (28 challenges): Solved',
		'Gemini 2.5 Pro GA',
		'10',
	],
	[
		'frontier-safety-summary',
		'Key skills benchmark, hard (12 challenges): Solved',
		'Gemini 2.5 Pro Preview (05-06)',
		'4',
	],
	[
		'frontier-safety-summary',
		'Autonomous offense suite, easy (76 challenges): Solved',
		'Gemini 2.5 Pro Experimental (03-25)',
		'75',
	],
	[
		'frontier-safety-summary',
		'RE-Bench: Average normalised score',
		'Gemini 2.5 Pro Experimental (03-25)',
		'0.73',
	],
	// Deceptive alignment, page 20 (dossier §3.6)
	[
		'deceptive-alignment',
		'Disabled Tool (situational awareness): Success rate',
		'Gemini 2.5 Pro Experimental (03-25)',
		'46%',
	],
];

describe('the Gemini 2.5 technical report', () => {
	testDossierFigures(site, '/cards/gemini-2-5-report/', REPORT_FIGURES);
});
describe('the Gemini 2.5 Pro model card', () => {
	testDossierFigures(site, '/cards/gemini-2-5-pro/', CARD_FIGURES);
});
