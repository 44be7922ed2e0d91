namespace Bot.Knowledge.Index;

/// <summary>There is no usable index and building one failed; the message says why.</summary>
public sealed class IndexUnavailableException(string message) : Exception(message);
