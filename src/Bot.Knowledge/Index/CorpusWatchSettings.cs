namespace Bot.Knowledge.Index;

/// <param name="Watch">Receive file system events (off: only the periodic check).</param>
/// <param name="Debounce">Quiet time after the last event before the corpus is checked.</param>
/// <param name="RecheckInterval">How often the corpus listing is compared anyway; zero turns it off.</param>
public sealed record CorpusWatchSettings(bool Watch, TimeSpan Debounce, TimeSpan RecheckInterval);
