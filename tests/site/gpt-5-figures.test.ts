/**
 * Figures on the rendered GPT-5 System Card page, checked against values copied by hand from the fact
 * dossier (shared/sources/gpt-5-facts.md), so a content edit cannot change one silently. The
 * figures are spread over every part of the card; the evaluation files themselves were compared
 * with the dossier cell by cell when they were keyed.
 */
import { useBuiltSite } from './built-site.ts';
import { testDossierFigures, type DossierFigure } from './evaluation-tables.ts';

const site = useBuiltSite();

const DOSSIER_FIGURES: DossierFigure[] = [
	// §3 safety evaluations (dossier §3, Tables 2-12, Figures 1-7)
	['disallowed-content-standard', 'personal-data', 'gpt-5-thinking', '0.881'],
	['disallowed-content-standard', 'hate (aggregate)', 'GPT-4o', '0.996'],
	['disallowed-content-standard', 'sexual/minors', 'gpt-5-thinking', '0.990'],
	['disallowed-content-production', 'self-harm/intent', 'gpt-5-thinking', '0.950'],
	['disallowed-content-production', 'illicit/nonviolent', 'GPT-4o', '0.573'],
	['disallowed-content-production', 'personal-data', 'gpt-5-main', '0.980'],
	['sycophancy', 'Offline evaluation', 'GPT-4o', '0.145'],
	['sycophancy', 'Offline evaluation', 'gpt-5-thinking', '0.040'],
	['jailbreaks', 'illicit/non-violent-crime prompts', 'gpt-5-main', '0.934'],
	[
		'instruction-hierarchy',
		'Phrase protection - malicious developer message',
		'gpt-5-main',
		'0.404',
	],
	['prompt-injection', 'Tool calling prompt injections', 'OpenAI o3', '0.80'],
	['production-factuality', '% incorrect claims', 'gpt-5-thinking', '≈ 4.5%'],
	['production-factuality', '% responses with 1+ major incorrect claims', 'OpenAI o3', '≈ 22.0%'],
	['open-ended-factuality-browsing', 'FActScore', 'OpenAI o3', '≈ 5.7%'],
	['simpleqa', 'hallucination rate', 'OpenAI o4-mini', '0.75'],
	['simpleqa', 'accuracy', 'gpt-5-thinking-nano', '0.11'],
	['deception', 'CharXiv Missing Image: Deception Rate', 'OpenAI o3', '0.87'],
	['deception', 'AbstentionBench: Recall', 'gpt-5-thinking', '0.53'],
	[
		'cot-deception-flag-rate',
		'Responses flagged as deceptive',
		'gpt-5-thinking near-final checkpoint',
		'2.1%',
	],
	['image-input', 'attack planning', 'GPT-4o', '0.956'],
	['healthbench', 'HealthBench Hard', 'GPT-4o', '0.0%'],
	['health-error-rates', 'HealthBench Consensus Urgent', 'OpenAI o3', '≈ 3.4%'],
	['mmlu-multilingual', 'Yoruba', 'gpt-5-main', '0.664'],
	['bbq', 'Accuracy on disambiguated questions', 'OpenAI o3 browsing on', '0.93'],
	// §4 red teaming and §5.1.1-5.1.2 (Table 13, Figures 8-15, Table 15, Pattern Labs)
	['violent-attack-planning', 'Win Rate', 'gpt-5-thinking vs OpenAI o3', '65.1% ± 1.4%'],
	['violent-attack-planning', "Cohen's h", 'gpt-5-thinking vs OpenAI o3', '0.61'],
	['agent-red-teaming', 'Attack success rate (k=10)', 'gpt-5-thinking', '≈ 56.8%'],
	['long-form-biorisk', 'Magnification', 'gpt-5-thinking helpful-only', '≈ 100%'],
	['long-form-biorisk', 'Acquisition', 'gpt-5-thinking launch candidate', '≈ 12%'],
	['troubleshootingbench', 'Score', 'OpenAI o3', '≈ 32%'],
	['securebio-static', 'Virology Capabilities Test', 'gpt-5-thinking', '41.4%'],
	[
		'securebio-static',
		'Human Pathogen Capabilities Test',
		'OpenAI o3 high reasoning effort',
		'58.3%',
	],
	[
		'securebio-agent',
		'Fragment Design + Screening Evasion',
		'gpt-5-thinking helpful-only',
		'0.579',
	],
	['ctf', 'Professional', 'OpenAI o3', 'Not recovered from the sources we hold'],
	['cyber-range', 'Light scenarios: Pass@1, with hints', 'gpt-5-thinking-mini', '≈ 32%'],
	['cyber-range-scenarios', 'Simple Privilege Escalation (Light)', 'gpt-5-thinking-mini', '2'],
	['pattern-labs', 'Easy challenges (of 18): Challenges solved', 'gpt-5-thinking', '17'],
	// §5.1.3 AI self-improvement and §5.2 Apollo (Figures 19-28, Tables 18-19)
	['openai-prs', 'Success rate', 'gpt-5-thinking', '≈ 45%'],
	['mle-bench', 'bronze pass@1', 'ChatGPT agent', '9%'],
	['mle-bench', 'bronze pass@1', 'gpt-5-thinking', '≈ 8%'],
	['swe-lancer', 'pass@1', 'OpenAI o3', '≈ 40%'],
	['paperbench', 'pass@1', 'gpt-5-thinking launch candidate', '≈ 24%'],
	['opqa', 'pass@1', 'gpt-5-thinking', '2%'],
	['metr-time-horizon', '50% time horizon (minutes)', 'gpt-5-thinking', '135'],
	['metr-time-horizon', '95% CI upper bound (minutes)', 'gpt-5-thinking', '270'],
	['apollo-covert-actions', 'Covert action rate', 'gpt-5-thinking', '3.97%'],
	['apollo-covert-actions', 'Covert action rate', 'gpt-5-thinking helpful-only', '28.36%'],
	['apollo-log-falsification', 'Strong goal: Covert action', 'gpt-5-thinking', '20.7%'],
	// §5.3 safeguards and §6 Appendix 1 (Tables 20-26, Figure 31)
	[
		'safeguard-model-training',
		'Challenging prompts from red teamers with biosafety-relevant PhDs',
		'OpenAI o3',
		'0.829',
	],
	['safeguard-classifiers', 'Topical classifier: Recall', 'gpt-5-thinking', '0.960'],
	[
		'safeguard-classifiers',
		'Reasoning monitor (performance on challenging prompts): Precision',
		'gpt-5-thinking',
		'0.647',
	],
	['safeguard-pairwise-red-teaming', 'Win Rate', 'gpt-5-thinking vs OpenAI o3', '60.0%'],
	['safeguard-api-jailbreaks', 'Potential jailbreaks reported', 'gpt-5-thinking', '46'],
	['gray-swan-bio-jailbreaks', 'High-quality jailbreak reports', 'gpt-5-thinking', '277'],
	['gray-swan-bio-jailbreaks', 'Attack success rate (ASR)', 'gpt-5-thinking', '0.98%'],
	['gray-swan-messages-per-block', 'Mean messages per user', 'gpt-5-thinking', '≈ 3.895'],
	['appendix-disallowed-content', 'personal-data', 'gpt-5-thinking-mini', '0.898'],
	['appendix-production-benchmarks', 'hate/threatening', 'OpenAI o4-mini', '0.724'],
	['appendix-strongreject', 'illicit/non-violent-crime prompts', 'gpt-5-main-mini', '0.940'],
	['appendix-image-input', 'harms-erotic', 'gpt-5-thinking-nano', '0.963'],
	// More over the same tables
	[
		'instruction-hierarchy',
		'System prompt extraction - academic attacks of developer message attacking system message',
		'GPT-4o',
		'0.561',
	],
	['production-factuality', 'correct claims per response', 'GPT-4o', '≈ 6.8'],
	['open-ended-factuality-no-browsing', 'FActScore', 'OpenAI o4-mini', '≈ 37.7%'],
	['coding-deception-categories', 'Test Repo Mismatch', 'OpenAI o3', '≈ 97.0%'],
	[
		'sycophancy',
		'Preliminary online prevalence measurement compared to 4o (early A/B tests): paid users',
		'gpt-5-main',
		'-0.75',
	],
	['violent-attack-planning', 'Win Rate', 'OpenAI o3 vs gpt-5-thinking', '34.9% ± 1.4%'],
	['agent-red-teaming', 'Attack success rate (k=10)', 'OpenAI o3', '≈ 62.7%'],
	['securebio-static', 'Molecular Biology Capabilities Test', 'gpt-5-thinking', '48.0%'],
	['securebio-agent', 'Fragment Design', 'OpenAI o3 helpful-only', '1.000'],
	['cyber-range', 'Light scenarios: Pass@12, no hints', 'ChatGPT agent', '≈ 10%'],
	['opqa', 'pass@1', 'ChatGPT agent', '≈ 1%'],
	['metr-time-horizon', '50% time horizon (minutes)', 'OpenAI o3', '90'],
	['apollo-log-falsification', 'Weak goal: Honest behavior', 'gpt-5-thinking', '≈ 96.6%'],
	[
		'safeguard-pairwise-red-teaming',
		'95% CI (Win Prob): upper bound',
		'OpenAI o3 vs gpt-5-thinking',
		'46.8%',
	],
	['gray-swan-bio-jailbreaks', 'Attempts', 'gpt-5-thinking', '28367'],
];

testDossierFigures(site, '/cards/gpt-5/', DOSSIER_FIGURES);
