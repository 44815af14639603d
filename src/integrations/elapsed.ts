/** `2.71 s` since `started` (a `performance.now()`): how the build's own steps report their time. */
export const elapsed = (started: number): string =>
	`${((performance.now() - started) / 1000).toFixed(2)} s`;
