using Bot.Knowledge.Index;

namespace Bot.Chat.Replies;

/// <summary>The index's state, for admins.</summary>
public sealed record StatusReply(IndexStatus Status, bool Rebuilding) : ChatReply;
