namespace Bot.Knowledge.Documents;

// The corpus as a whole is unusable (missing folder, no documents): a clear error, never an empty index.
public sealed class CorpusException(string message) : Exception(message);
