namespace Bot.Knowledge.Index;

// There is no usable index and building one failed; the message says why.
public sealed class IndexUnavailableException(string message) : Exception(message);
