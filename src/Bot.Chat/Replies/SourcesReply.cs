using Bot.Knowledge.Answers;

namespace Bot.Chat.Replies;

// The indexed documents.
public sealed record SourcesReply(IReadOnlyList<DocumentSummary> Documents) : ChatReply;
