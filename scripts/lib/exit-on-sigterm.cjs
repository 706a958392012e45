// Preloaded into a profiled bench server: leave through process.exit on SIGTERM,
// so V8 writes the --cpu-prof profile (a signal's default action would not).
process.on("SIGTERM", () => process.exit(0));
