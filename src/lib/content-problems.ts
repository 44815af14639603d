/** A problem the content check found, and the report printed when there are any. */
export interface ContentProblem {
	/** Path of the file, relative to the project root (or to the content root's parent). */
	file: string;
	line?: number;
	/** Dotted field path inside the file's data, e.g. `ratings[0].category`. */
	field?: string;
	message: string;
}

/** The report printed when the check fails. */
export function formatProblems(problems: readonly ContentProblem[]): string {
	const lines = problems.map((problem) => {
		const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
		return `  ${where}  ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
	});
	return [
		`Content check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}. Nothing was published.`,
		...lines,
	].join('\n');
}
