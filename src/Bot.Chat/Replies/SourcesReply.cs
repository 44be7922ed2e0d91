using Bot.Knowledge.Answers;

namespace Bot.Chat.Replies;

/// <summary>The indexed documents.</summary>
public sealed record SourcesReply(IReadOnlyList<DocumentSummary> Documents) : ChatReply;
