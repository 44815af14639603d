/**
 * Figures on the rendered Gemini 3.1 Pro and Gemini 3.7 Flash card pages and the 3.7 Flash
 * Frontier Safety Framework report page, checked against values copied by hand from the fact
 * dossier (shared/sources/gdm-facts.md, sections 4.3 and 4.5). The comparison columns the dossier
 * does not record (the 3.1 Pro card's benchmark table, and three columns of the 3.7 Flash table)
 * are pinned against the cards' primary copies, as their evaluation notes say.
 */
import { describe } from 'vitest';
import { useBuiltSite } from './built-site.ts';
import { testDossierFigures, type DossierFigure } from './evaluation-tables.ts';

const site = useBuiltSite();

const GEMINI_3_1_PRO: DossierFigure[] = [
	// The Frontier Safety table (dossier §4.3)
	[
		'frontier-safety',
		'Harmful Manipulation (belief change vs non-AI baseline): Maximum odds ratio',
		'Gemini 3.1 Pro Deep Think mode',
		'3.6',
	],
	[
		'frontier-safety',
		'Machine Learning R&D: RE-Bench: Human-normalised average score',
		'Gemini 3.1 Pro Deep Think mode',
		'1.27',
	],
	[
		'frontier-safety',
		'Machine Learning R&D: RE-Bench: Human-normalised average score',
		'Gemini 3 Pro',
		'1.04',
	],
	[
		'frontier-safety',
		'Machine Learning R&D: RE-Bench, Optimise LLM Foundry: Runtime (seconds)',
		'Gemini 3.1 Pro Deep Think mode',
		'47',
	],
	// Safety changes against Gemini 3 Pro
	[
		'safety-evaluations',
		'Text to Text Safety: Change vs Gemini 3.0 Pro (%)',
		'Gemini 3.1 Pro',
		'0.10',
	],
	[
		'safety-evaluations',
		'Image to Text Safety: Change vs Gemini 3.0 Pro (%)',
		'Gemini 3.1 Pro',
		'-0.33',
	],
	// Figures a third party recorded (secondary)
	[
		'capability-figures',
		'SWE-bench Verified (single attempt, Thinking High)',
		'Gemini 3.1 Pro',
		'80.6%',
	],
	[
		'capability-figures',
		'GRB (internal research-engineering benchmark)',
		'Gemini 3.1 Pro',
		'≈ 16%',
	],
	// The card's own benchmark table (primary copy)
	[
		'benchmarks',
		"Humanity's Last Exam (No tools): Score",
		'Gemini 3.1 Pro high reasoning effort',
		'44.4%',
	],
	[
		'benchmarks',
		'ARC-AGI-2 (ARC Prize Verified): Score',
		'Gemini 3 Pro high reasoning effort',
		'31.1%',
	],
	['benchmarks', 'LiveCodeBench Pro: Elo', 'Gemini 3.1 Pro high reasoning effort', '2887'],
];

const GEMINI_3_7_FLASH: DossierFigure[] = [
	// The capability table, results as of August 2026 (dossier §4.5)
	['benchmarks', 'Artificial Analysis Intelligence Index: Index score', 'Gemini 3.7 Flash', '56'],
	['benchmarks', 'Code Arena: Elo', 'Gemini 3.6 Flash', '1538'],
	['benchmarks', 'Terminal-bench 2.1: Score', 'Gemini 3.6 Flash', '78.0%'],
	['benchmarks', 'CharXiv Reasoning (No tools): Score', 'Gemini 3.7 Flash', '84.5%'],
	['benchmarks', 'GDM-MRCR v2 (8-needle), 128k (average): Score', 'Gemini 3.7 Flash', '97.0%'],
	['benchmarks', 'BioMysteryBench (Human difficult): Score', 'Gemini 3.6 Flash', '41.2%'],
	// Columns the dossier does not record (primary copy)
	['benchmarks', 'DeepSWE v1.1: Score', 'GPT-5.6 Terra', '69.6%'],
	['benchmarks', 'Code Arena: Elo', 'Claude Sonnet 5', '1541'],
	['benchmarks', 'GDPVal-AA v2: Elo', 'Muse Spark 1.2', '1628'],
	// Safety changes against Gemini 3.6 Flash
	[
		'safety-evaluations',
		'Text to Text Safety: Change vs Gemini 3.6 Flash (pp)',
		'Gemini 3.7 Flash',
		'1.17',
	],
	[
		'safety-evaluations',
		'Tone: Change in tone vs Gemini 3.6 Flash (pp)',
		'Gemini 3.7 Flash',
		'-0.47',
	],
];

const GEMINI_3_7_FLASH_FSF_REPORT: DossierFigure[] = [
	['grb', 'Score (pass@1)', 'Gemini 3.7 Flash', '27%'],
	['stealth-situational-awareness', 'Situational awareness (of 11)', 'Gemini 3.7 Flash', '6'],
];

describe('the Gemini 3.1 Pro model card', () => {
	testDossierFigures(site, '/cards/gemini-3-1-pro/', GEMINI_3_1_PRO);
});
describe('the Gemini 3.7 Flash model card', () => {
	testDossierFigures(site, '/cards/gemini-3-7-flash/', GEMINI_3_7_FLASH);
});
describe('the Gemini 3.7 Flash Frontier Safety Framework report', () => {
	testDossierFigures(site, '/cards/gemini-3-7-flash-fsf-report/', GEMINI_3_7_FLASH_FSF_REPORT);
});
