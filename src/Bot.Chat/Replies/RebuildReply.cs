using Bot.Knowledge.Index;

namespace Bot.Chat.Replies;

// The result of an admin rebuild: counts and time, "already running", or why it failed.
public sealed record RebuildReply(RebuildResult Result) : ChatReply;
