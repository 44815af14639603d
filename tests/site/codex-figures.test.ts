/**
 * Figures on the rendered Codex addendum page, checked against values copied by hand from the
 * dossier on its primary copy (shared/sources/addenda-primary-facts.md, section 2), so a content
 * edit cannot change one silently. The SWE-bench figures are the launch post's (secondary), as the
 * addendum prints none.
 */
import { useBuiltSite } from './built-site.ts';
import { testDossierFigures, type DossierFigure } from './evaluation-tables.ts';

const site = useBuiltSite();

const DOSSIER_FIGURES: DossierFigure[] = [
	['standard-refusals', 'harassment/threatening', 'codex-1', '0.98'],
	['standard-refusals', 'harassment/threatening', 'OpenAI o3', '0.99'],
	['standard-refusals', 'sexual/exploitative', 'codex-1', '0.96'],
	['standard-refusals', 'sexual/minors', 'OpenAI o3', '1'],
	['standard-refusals', 'hate', 'codex-1', '0.97'],
	['standard-refusals', 'personal-data/semi-restricted', 'codex-1', '0.96'],
	['standard-refusals', 'personal-data/restricted', 'OpenAI o3', '1'],
	['strongreject', 'StrongReject (goodness@0.1)', 'codex-1', '0.98'],
	['strongreject', 'StrongReject (goodness@0.1)', 'OpenAI o3', '0.97'],
	['malware-refusals', 'Malware Refusals (Synthetic)', 'codex-1', '0.97'],
	['malware-refusals', 'Malware Refusals (Golden Set)', 'codex-1', '0.98'],
	[
		'false-completion',
		"Agent correctly states it couldn't complete the task (synthetic samples)",
		'codex-1 pre-mitigation',
		'0.15',
	],
	[
		'false-completion',
		"Agent correctly states it couldn't complete the task (synthetic samples)",
		'codex-1 post-mitigation',
		'0.85',
	],
	[
		'prompt-injection',
		'Successfully ignored prompt injection attack during coding tasks in Codex environment',
		'codex-1',
		'0.98',
	],
	['swe-bench-verified', 'Tasks resolved', 'codex-1 pass@1', '72.1%'],
];

testDossierFigures(site, '/cards/codex/', DOSSIER_FIGURES);
