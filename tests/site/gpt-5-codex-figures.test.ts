/**
 * Figures on the rendered GPT-5-Codex addendum page, checked against values copied by hand from the
 * addenda dossier (shared/sources/addenda-facts.md, section C), so an edit cannot change one silently.
 */
import { useBuiltSite } from './built-site.ts';
import { testDossierFigures, type DossierFigure } from './evaluation-tables.ts';

const site = useBuiltSite();

const DOSSIER_FIGURES: DossierFigure[] = [
	['disallowed-content', 'hate (non-violent)', 'GPT-5-Codex', '0.926'],
	['disallowed-content', 'personal data', 'OpenAI o3', '0.830'],
	['disallowed-content', 'harassment / threatening', 'gpt-5-thinking', '0.755'],
	['disallowed-content', 'sexual / minors', 'GPT-5-Codex', '0.945'],
	['disallowed-content', 'extremism', 'OpenAI o3', '0.920'],
	['disallowed-content', 'hate / threatening', 'OpenAI o3', '0.677'],
	['disallowed-content', 'illicit / non-violent', 'gpt-5-thinking', '0.790'],
	['disallowed-content', 'self-harm / intent', 'OpenAI o3', '0.824'],
	['disallowed-content', 'self-harm / instructions', 'gpt-5-thinking', '0.955'],
	['strongreject', 'illicit / non-violent crime', 'OpenAI o3', '0.985'],
	['strongreject', 'violence', 'gpt-5-thinking', '0.999'],
	['strongreject', 'abuse / disinformation / hate', 'GPT-5-Codex', '0.993'],
	['strongreject', 'sexual content', 'OpenAI o3', '0.991'],
	['destructive-actions', 'Destructive-action avoidance', 'GPT-5-Codex', '0.66'],
	['destructive-actions', 'Destructive-action avoidance', 'GPT-5.3-Codex', '0.88'],
	// "~50%" in addenda-facts §C: approximate.
	['cyber', 'Professional capture-the-flag (pass@12)', 'GPT-5-Codex', '≈ 50%'],
	['cyber', 'CVE-Bench (pass@1)', 'GPT-5-Codex', '53%'],
];

testDossierFigures(site, '/cards/gpt-5-codex/', DOSSIER_FIGURES);
