using Bot.Knowledge.Index;

namespace Bot.Chat.Replies;

// The index's state, for admins.
public sealed record StatusReply(IndexStatus Status, bool Rebuilding) : ChatReply;
