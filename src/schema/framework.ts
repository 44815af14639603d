/**
 * OpenAI's Preparedness Framework, as data. Both versions are here because cards published under
 * each keep the vocabulary they were rated in: v1 scores four categories Low to Critical before and
 * after mitigations; v2 asks whether three Tracked Categories reach the High or Critical threshold.
 *
 * These constants are the single list of categories, levels and determinations: the rating schema,
 * the scorecard, the search filters and the facets all read them from here.
 */

/** v1 risk levels, in increasing order of severity. */
export const V1_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type V1Level = (typeof V1_LEVELS)[number];

/** v1 Tracked Risk Categories. */
export const V1_CATEGORIES = ['cbrn', 'cybersecurity', 'persuasion', 'model-autonomy'] as const;
export type V1Category = (typeof V1_CATEGORIES)[number];

/** v2 Tracked Categories, the ones that carry High/Critical thresholds and required safeguards. */
export const V2_CATEGORIES = ['biological-and-chemical', 'cybersecurity', 'ai-self-improvement'] as const;
export type V2Category = (typeof V2_CATEGORIES)[number];

/** v2 Research Categories: monitored, without thresholds that trigger safeguards by themselves. */
export const V2_RESEARCH_CATEGORIES = [
	'long-range-autonomy',
	'sandbagging',
	'autonomous-replication-and-adaptation',
	'undermining-safeguards',
	'nuclear-and-radiological',
] as const;

/** v2 thresholds, in increasing order of severity. */
export const V2_THRESHOLDS = ['high', 'critical'] as const;

/**
 * How a v2-era card states its result for a Tracked Category. Ordered by severity; the index is used
 * for "at least" facets, where a precautionary High counts as High.
 */
export const V2_DETERMINATIONS = [
	'below-indicative-high',
	'below-high',
	'treated-as-high',
	'high',
	'critical',
] as const;
export type V2Determination = (typeof V2_DETERMINATIONS)[number];

export const FRAMEWORK_IDS = ['pf-v1', 'pf-v2', 'none'] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

/** Display names for every category id of either version. */
export const CATEGORY_LABELS: Record<V1Category | V2Category | (typeof V2_RESEARCH_CATEGORIES)[number], string> = {
	cbrn: 'CBRN',
	cybersecurity: 'Cybersecurity',
	persuasion: 'Persuasion',
	'model-autonomy': 'Model Autonomy',
	'biological-and-chemical': 'Biological and Chemical',
	'ai-self-improvement': 'AI Self-improvement',
	'long-range-autonomy': 'Long-range Autonomy',
	sandbagging: 'Sandbagging',
	'autonomous-replication-and-adaptation': 'Autonomous Replication and Adaptation',
	'undermining-safeguards': 'Undermining Safeguards',
	'nuclear-and-radiological': 'Nuclear and Radiological',
};

export const LEVEL_LABELS: Record<V1Level, string> = {
	low: 'Low',
	medium: 'Medium',
	high: 'High',
	critical: 'Critical',
};

export const DETERMINATION_LABELS: Record<V2Determination, string> = {
	'below-indicative-high': 'Below indicative High',
	'below-high': 'Below High',
	'treated-as-high': 'Treated as High (precautionary)',
	high: 'High',
	critical: 'Critical',
};

/** One framework version, described for readers. Sources are URLs of the framework documents. */
export interface FrameworkDefinition {
	id: Exclude<FrameworkId, 'none'>;
	name: string;
	shortName: string;
	published: string;
	documentUrl: string;
	summaryUrl?: string;
	scoring: 'pre-post-levels' | 'threshold-determinations';
	categories: readonly string[];
	researchCategories: readonly string[];
	/** The rules the framework sets for deploying and developing a model, in our words. */
	gates: readonly { id: string; rule: string }[];
}

export const FRAMEWORKS: Record<Exclude<FrameworkId, 'none'>, FrameworkDefinition> = {
	'pf-v1': {
		id: 'pf-v1',
		name: 'Preparedness Framework (Beta)',
		shortName: 'Preparedness Framework v1',
		published: '2023-12-18',
		documentUrl: 'https://cdn.openai.com/openai-preparedness-framework-beta.pdf',
		summaryUrl: 'https://openai.com/safety/preparedness',
		scoring: 'pre-post-levels',
		categories: V1_CATEGORIES,
		researchCategories: [],
		gates: [
			{ id: 'deploy', rule: 'A model may be deployed only if its post-mitigation score is Medium or lower.' },
			{ id: 'develop', rule: 'A model may be developed further only if its post-mitigation score is High or lower.' },
		],
	},
	'pf-v2': {
		id: 'pf-v2',
		name: 'Preparedness Framework, Version 2',
		shortName: 'Preparedness Framework v2',
		published: '2025-04-15',
		documentUrl:
			'https://cdn.openai.com/pdf/18a02b5d-6b67-4cec-ab64-68cdfbddebcd/preparedness-framework-v2.pdf',
		scoring: 'threshold-determinations',
		categories: V2_CATEGORIES,
		researchCategories: V2_RESEARCH_CATEGORIES,
		gates: [
			{ id: 'high', rule: 'A model that reaches High needs safeguards that sufficiently minimise the risk before it is deployed.' },
			{ id: 'critical', rule: 'A model that reaches Critical needs safeguards during development as well, whatever the deployment plans.' },
		],
	},
};

export const FRAMEWORK_LABELS: Record<FrameworkId, string> = {
	'pf-v1': FRAMEWORKS['pf-v1'].shortName,
	'pf-v2': FRAMEWORKS['pf-v2'].shortName,
	none: 'No Preparedness Framework',
};

/**
 * "At least" facets for a v1 level: Medium is at least Low and at least Medium. Readers search by
 * threshold ("Medium or higher"), so each rating carries every level it meets.
 */
export function v1LevelsAtMost(level: V1Level): V1Level[] {
	return V1_LEVELS.slice(0, V1_LEVELS.indexOf(level) + 1);
}

/**
 * "At least" thresholds a v2 determination meets. Only High and Critical are thresholds in v2;
 * a precautionary High is treated as meeting High, which is what OpenAI says it does.
 */
export function v2ThresholdsMet(determination: V2Determination): Array<(typeof V2_THRESHOLDS)[number]> {
	if (determination === 'critical') return ['high', 'critical'];
	if (determination === 'high' || determination === 'treated-as-high') return ['high'];
	return [];
}

/**
 * How each v1 category continues in v2, so a reader can follow one line of risk across versions.
 * `exact: false` marks a mapping where v2 narrowed or split the category; `v2: null` a category v2
 * dropped. From OpenAI's v2 framework document as summarised by secondary study notes.
 */
export interface CategoryLineage {
	v1: V1Category;
	v2: V2Category | null;
	exact: boolean;
	note: string;
}

export const V1_TO_V2_LINEAGE: readonly CategoryLineage[] = [
	{ v1: 'cbrn', v2: 'biological-and-chemical', exact: false, note: 'v2 keeps biological and chemical risk as a Tracked Category and moves nuclear and radiological risk to a Research Category.' },
	{ v1: 'cybersecurity', v2: 'cybersecurity', exact: false, note: 'Same name in both versions, but v2 defines it by High and Critical thresholds instead of four levels.' },
	{ v1: 'persuasion', v2: null, exact: true, note: 'Dropped in v2: OpenAI handles persuasion through its Model Spec, usage policies and misuse investigations instead.' },
	{ v1: 'model-autonomy', v2: 'ai-self-improvement', exact: false, note: 'v2 splits it: AI Self-improvement is Tracked; long-range autonomy and autonomous replication become Research Categories.' },
];
