/**
 * Preloaded into the Astro build that scripts/safe-build.mjs starts (`node --import`): the build
 * ends when its parent does, however the parent ended (even `kill -9`), instead of writing on into
 * a staging folder nobody will publish or clean up. The IPC channel closes with the parent.
 */
if (process.channel) {
	// The channel must not keep a finished build alive.
	process.channel.unref();
	process.on('disconnect', () => process.exit(1));
}
