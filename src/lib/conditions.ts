/** Short labels for the conditions under which a figure was measured. */
import { THINKING_MODE_LABELS, type Conditions } from '../schema/evaluation.ts';

export function describeConditions(conditions: Conditions | undefined): string[] {
	if (!conditions) return [];
	const labels: string[] = [];
	if (conditions.modelVersion) labels.push(conditions.modelVersion);
	if (conditions.reasoningEffort) labels.push(`${conditions.reasoningEffort} reasoning effort`);
	if (conditions.thinking) labels.push(THINKING_MODE_LABELS[conditions.thinking]);
	if (conditions.thinkingBudget)
		labels.push(`${conditions.thinkingBudget.toLocaleString('en-US')}-token thinking budget`);
	if (conditions.subset) labels.push(conditions.subset);
	if (conditions.passAtK) labels.push(`pass@${conditions.passAtK}`);
	if (conditions.consensusAtK) labels.push(`cons@${conditions.consensusAtK}`);
	if (conditions.attempts) labels.push(`${conditions.attempts} attempts per task`);
	if (conditions.browsing !== undefined)
		labels.push(conditions.browsing ? 'browsing on' : 'browsing off');
	if (conditions.safeguards !== undefined)
		labels.push(conditions.safeguards ? 'with safeguards' : 'without safeguards');
	if (conditions.tools !== undefined) labels.push(conditions.tools ? 'tools on' : 'tools off');
	if (conditions.scaffold) labels.push(conditions.scaffold);
	if (conditions.sampleSize) labels.push(`n = ${conditions.sampleSize.toLocaleString('en-US')}`);
	if (conditions.grader) labels.push(`graded by ${conditions.grader}`);
	return labels;
}
