namespace Bot.Knowledge.Index;

// Watch: Receive file system events (off: only the periodic check).
// Debounce: Quiet time after the last event before the corpus is checked.
// RecheckInterval: How often the corpus listing is compared anyway; zero turns it off.
public sealed record CorpusWatchSettings(bool Watch, TimeSpan Debounce, TimeSpan RecheckInterval);
