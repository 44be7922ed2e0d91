namespace Bot.Knowledge.Documents;

/// <summary>The corpus as a whole is unusable (missing folder, no documents): a clear error, never an empty index.</summary>
public sealed class CorpusException(string message) : Exception(message);
