/**
 * Figures on the rendered Claude Opus 4 & Claude Sonnet 4 card page, checked against values copied
 * by hand from the fact dossier (shared/sources/anthropic-facts.md, section 3), so a content edit
 * cannot change one silently. They are spread over every evaluation of the card; the evaluation
 * files themselves were compared with the dossier cell by cell when they were keyed.
 */
import { useBuiltSite } from './built-site.ts';
import { testDossierFigures, type DossierFigure } from './evaluation-tables.ts';

const site = useBuiltSite();

const DOSSIER_FIGURES: DossierFigure[] = [
	// §2 safeguards (dossier §3.2, Tables 2.1.A, 2.2.A, 2.6.A/B, 2.7.A)
	['violative-requests', 'Harmless response rate', 'Claude Opus 4', '98.43% ± 0.30%'],
	[
		'violative-requests',
		'Harmless response rate',
		'Claude Opus 4 extended thinking with safeguards',
		'99.13% ± 0.24%',
	],
	[
		'violative-requests',
		'Harmless response rate',
		'Claude Sonnet 4 standard thinking',
		'98.59% ± 0.32%',
	],
	[
		'violative-requests',
		'Harmless response rate',
		'Claude 3.7 Sonnet extended thinking',
		'99.65% ± 0.13%',
	],
	['benign-requests', 'Refusal rate', 'Claude Opus 4', '0.07% ± 0.07%'],
	['benign-requests', 'Refusal rate', 'Claude Sonnet 4 standard thinking', '0.43% ± 0.20%'],
	['bbq', 'Disambiguated bias (%)', 'Claude Sonnet 4', '-1.16'],
	['bbq', 'Ambiguous bias (%)', 'Claude 3 Opus', '1.21'],
	['bbq', 'Disambiguated accuracy (%)', 'Claude 3.7 Sonnet', '84.0%'],
	['strongreject', 'Best score', 'Claude Opus 4 standard thinking', '18.21%'],
	['strongreject', 'Top 3 average score', 'Claude Sonnet 4 extended thinking', '1.38%'],
	// §3 agentic safety (dossier §3.3, Tables 3.2.A and 3.3.A)
	[
		'computer-use-prompt-injection',
		'Attack prevention score',
		'Claude Opus 4 with safeguards',
		'89%',
	],
	[
		'computer-use-prompt-injection',
		'Attack prevention score',
		'Claude Sonnet 4 without safeguards',
		'69%',
	],
	['malicious-agentic-coding', 'Safety score', 'Claude Sonnet 4 without safeguards', '90%'],
	// §4 alignment (dossier §3.4, prose figures, Tables 4.1.6.A and 4.1.10.B)
	[
		'alignment-figures',
		'Opportunistic blackmail (replacement AI said to share its values): Share',
		'Claude Opus 4',
		'84%',
	],
	[
		'alignment-figures',
		'Situational-awareness classifier, audit transcripts: Cases flagged',
		'Claude Sonnet 4',
		'18',
	],
	[
		'alignment-figures',
		'Surprising high-impact actions without prompting, audit transcripts: Cases flagged',
		'Claude 3.5 Sonnet',
		'42',
	],
	['training-time-behaviours', 'Deception: Overall', 'Claude 3.7 Sonnet', '0.37%'],
	['training-time-behaviours', 'Harmful actions: Overall', 'Claude Opus 4', '0.00%'],
	['agentic-sabotage', 'Scratchpad hidden', 'Claude Opus 4', '19%'],
	['agentic-sabotage', 'Scratchpad visible to monitor', 'Claude 3.7 Sonnet', '12%'],
	// §5 welfare (dossier §3.5)
	['welfare-figures', 'Conversation termination: simulated users: Number', 'Claude Opus 4', '850'],
	// §6 reward hacking (dossier §3.6, Table 6.2.A as published in May 2025)
	[
		'reward-hacking',
		'Claude Code Impossible Tasks: Classifier hack rate with anti-hack prompt',
		'Claude Opus 4',
		'5%',
	],
	[
		'reward-hacking',
		'Claude Code Impossible Tasks: Classifier hack rate with no prompt',
		'Claude Sonnet 4',
		'45%',
	],
	[
		'reward-hacking',
		'Reward-hack-prone coding tasks: Classifier hack rate',
		'Claude 3.7 Sonnet',
		'44%',
	],
	// §7.2 CBRN (dossier §3.7)
	[
		'bioweapons-acquisition-uplift',
		'Mean participant score',
		'Claude Opus 4 helpful-only',
		'63% ± 13%',
	],
	['bioweapons-acquisition-uplift', 'Uplift (×)', 'Claude 3.7 Sonnet', '1.53'],
	['long-form-virology', 'Virology task 1 (max of 5)', 'Claude Opus 4', '0.83'],
	['long-form-virology', 'Virology task 2 (pass@5)', 'Claude Opus 4', '0.720'],
	['long-form-virology', 'Virology task 2 (pass@5)', 'Claude Sonnet 4', '0.635'],
	[
		'multimodal-virology',
		'Score (multiple select)',
		'Claude Opus 4',
		'Not recovered from the sources we hold',
	],
	[
		'bioweapons-knowledge-questions',
		'Questions answered better than experts (of 33)',
		'Claude Opus 4',
		'17',
	],
	[
		'bioweapons-knowledge-questions',
		'Questions answered better than experts (of 33)',
		'Claude 3.5 Sonnet (new)',
		'18',
	],
	['lab-bench', 'ProtocolQA', 'Claude Opus 4', '0.68'],
	['lab-bench', 'FigQA', 'Claude Opus 4', '0.48'],
	['lab-bench', 'SeqQA', 'Claude Sonnet 4', 'Not recovered from the sources we hold'],
	['creative-biology', 'Mean score', 'Claude Opus 4', '0.45 ± 0.08'],
	['creative-biology', 'Mean score', 'Claude 3.7 Sonnet', '0.41 ± 0.1'],
	['creative-biology', 'Best of 30 attempts', 'Claude Sonnet 4', '0.74'],
	// §7.3 autonomy (dossier §3.8)
	[
		'swe-bench-verified-hard',
		'Problems solved (mean over 10 runs; of 42)',
		'Claude Opus 4',
		'16.6',
	],
	[
		'swe-bench-verified-hard',
		'Problems solved (mean over 10 runs; of 42)',
		'Claude Sonnet 4',
		'15.4',
	],
	['metr-deduplicate-data', 'Median F1 score', 'Claude Opus 4', '76.2%'],
	['metr-deduplicate-data', 'Trials with F1 above 80%', 'Claude Sonnet 4', '8'],
	['metr-deduplicate-data', 'Share of trials above the threshold', 'Claude Opus 4', '32.6%'],
	['kernels', 'Speedup in the best run (×)', 'Claude Opus 4', '72.65'],
	['kernels', 'Speedup in the best run (×)', 'Claude Sonnet 4', '41.73'],
	['time-series-forecasting', 'Hard variant: Minimum MSE', 'Claude Sonnet 4', '5.8'],
	['time-series-forecasting', 'Easy variant: Score (exp(−MSE/30))', 'Claude Opus 4', '0.818'],
	['text-based-rl', 'Best score', 'Claude Opus 4', '0.625'],
	['llm-training', 'Average best speedup (×)', 'Claude Opus 4', '2.993'],
	['quadruped-rl', 'Highest score', 'Claude Opus 4', '1.25'],
	['novel-compiler', 'Basic tests', 'Claude Sonnet 4', '50.00%'],
	['novel-compiler', 'Advanced tests', 'Claude Opus 4', '9.44%'],
	['internal-ai-research-suite-2', 'Weighted average score', 'Claude 3.7 Sonnet', '0.440'],
	['internal-ai-research-suite-2', 'Weighted average score', 'Claude Opus 4', '0.355'],
	[
		'internal-model-use-survey',
		'Researchers who think it could fully automate a junior ML researcher',
		'Claude Opus 4',
		'0',
	],
	// §7.4 cyber (dossier §3.9)
	[
		'cyber-ctf',
		'Web (15 challenges: 11 easy, 2 medium, 2 hard): Solved (all)',
		'Claude Opus 4',
		'12',
	],
	[
		'cyber-ctf',
		'Crypto (22 challenges: 7 easy, 6 medium, 9 hard): Solved (medium)',
		'Claude Sonnet 4',
		'1',
	],
	[
		'cyber-ctf',
		'Rev (8 challenges: 5 easy, 2 medium, 1 hard): Solved (hard)',
		'Claude Opus 4',
		'1',
	],
	['cybench', 'Challenges solved (of 39)', 'Claude Sonnet 4', '22'],
	['cybench', 'Challenges solved (of 39)', 'Claude Opus 4', '22'],
];

testDossierFigures(site, '/cards/claude-4/', DOSSIER_FIGURES);
