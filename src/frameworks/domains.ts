/**
 * The risk domains the crosswalk on /frameworks/ sets every framework's categories against, and the
 * published comparisons of labs' policies that anchor them. No lab maps its framework onto another
 * lab's, so the domains are not any one framework's categories: they are the threshold areas that
 * those comparisons find across policies. A category names its domains in its registry entry
 * (`categories[].domains`), and every such pairing is approximate.
 */
import type { Source } from '../schema/source.ts';

/** A published comparison of labs' safety policies, cited where it supports a pairing. */
export interface CrosswalkAnchor extends Source {
	id: string;
	/** Short name for running text, with its article ("the EA Forum comparison"). */
	shortName: string;
}

export const CROSSWALK_ANCHORS = [
	{
		id: 'metr-common-elements',
		shortName: "METR's Common Elements",
		title: 'Common Elements of Frontier AI Safety Policies',
		publisher: 'METR',
		kind: 'secondary',
		url: 'https://metr.org/common-elements',
		date: '2025-12-09',
		note: "First published in August 2024 for three labs, updated in March 2025 to cover 12 published policies (Anthropic, OpenAI, Google DeepMind, Magic, Naver, Meta, G42, Cohere, Microsoft, Amazon, xAI and NVIDIA) and again on 9 December 2025. It compares the parts policies share, among them capability thresholds for biological weapons, cyber offense, autonomous replication and automated AI R&D. It names those areas; it does not place each lab's categories in them.",
	},
	{
		id: 'ea-forum-safety-plans-2025',
		shortName: 'the EA Forum comparison',
		title: "We read every lab's safety plan so you don't have to (2025)",
		publisher: 'EA Forum (author not recovered)',
		kind: 'secondary',
		url: 'http://eaforum-production-2.us-east-1.elasticbeanstalk.com/posts/fHWtYTyahQoSsfzke/we-read-every-labs-safety-plan-so-you-don-t-have-to-2025',
		note: "A table setting Anthropic's Responsible Scaling Policy, Google DeepMind's Frontier Safety Framework and OpenAI's Preparedness Framework side by side: their key areas (biological and chemical misuse, cyber, autonomous AI R&D) and the areas each treats as lower priority (persuasion; deceptive alignment; sandbagging, autonomous replication and long-range autonomy). It places those three labs' categories in shared rows, and is credited where it does.",
	},
	{
		id: 'saferai-ratings',
		shortName: "SaferAI's ratings",
		title: 'SaferAI Ratings',
		publisher: 'SaferAI',
		kind: 'secondary',
		url: 'https://ratings.safer-ai.org/',
		note: "Scores each lab's framework on risk identification, analysis, treatment and governance, one page per company. A comparison of quality rather than a map of categories.",
	},
	{
		id: 'arxiv-2512-01166',
		shortName: 'the 65-criteria assessment',
		title:
			'An assessment of 12 frontier AI safety frameworks against 65 criteria (arXiv 2512.01166)',
		publisher: 'arXiv',
		kind: 'secondary',
		url: 'http://arxiv.org/abs/2512.01166',
		note: 'Scores 12 frameworks against 65 criteria. Its two abstract versions disagree: one gives scores from 8% to 35% (up to 52% with best practice), the other from 8% (Cohere) to 34% (Anthropic), a median of 18%, and 54% with best practice. Read through summaries only.',
	},
	{
		id: 'frontier-model-forum',
		shortName: "the Frontier Model Forum's reports",
		title: 'Implementing Frontier AI Frameworks (report series)',
		publisher: 'Frontier Model Forum',
		kind: 'secondary',
		url: 'https://www.frontiermodelforum.org/?p=4207',
		note: 'Reports on shared risk taxonomies and on how labs set thresholds.',
	},
] as const satisfies readonly CrosswalkAnchor[];

export type CrosswalkAnchorId = (typeof CROSSWALK_ANCHORS)[number]['id'];
export const CROSSWALK_ANCHOR_IDS = CROSSWALK_ANCHORS.map((anchor) => anchor.id) as [
	CrosswalkAnchorId,
	...CrosswalkAnchorId[],
];

export interface RiskDomain {
	id: string;
	label: string;
	/** What the domain takes in, in our words. */
	description: string;
	/** The comparisons that name this area as one labs' policies share. */
	namedBy: readonly CrosswalkAnchorId[];
}

export const RISK_DOMAINS = [
	{
		id: 'cbrn',
		label: 'Chemical, biological, radiological and nuclear weapons',
		description:
			'Uplift toward mass-casualty weapons. Most frameworks centre on biological and chemical weapons; some keep radiological and nuclear in the same category, others track them apart or not at all.',
		namedBy: ['metr-common-elements', 'ea-forum-safety-plans-2025'],
	},
	{
		id: 'cyber',
		label: 'Cyber offense',
		description:
			'Uplift to cyberattacks, or carrying them out autonomously, against hardened targets or critical infrastructure.',
		namedBy: ['metr-common-elements', 'ea-forum-safety-plans-2025'],
	},
	{
		id: 'ai-rd',
		label: 'Automated AI research and development',
		description:
			'Speeding up or automating the work of AI researchers, up to a model that improves its successors without people.',
		namedBy: ['metr-common-elements', 'ea-forum-safety-plans-2025'],
	},
	{
		id: 'autonomy',
		label: 'Autonomy and replication',
		description:
			'Acting for long stretches without oversight, acquiring resources, and copying itself beyond its developer’s control.',
		namedBy: ['metr-common-elements', 'ea-forum-safety-plans-2025'],
	},
	{
		id: 'misalignment',
		label: 'Misalignment and loss of control',
		description:
			'A model pursuing goals its developers did not intend: deceiving, sandbagging, evading oversight or undermining safeguards.',
		namedBy: ['ea-forum-safety-plans-2025'],
	},
	{
		id: 'manipulation',
		label: 'Persuasion and harmful manipulation',
		description: 'Changing people’s beliefs or actions in harmful ways, one to one or at scale.',
		namedBy: ['ea-forum-safety-plans-2025'],
	},
] as const satisfies readonly RiskDomain[];

export type RiskDomainId = (typeof RISK_DOMAINS)[number]['id'];
export const RISK_DOMAIN_IDS = RISK_DOMAINS.map((domain) => domain.id) as [
	RiskDomainId,
	...RiskDomainId[],
];
