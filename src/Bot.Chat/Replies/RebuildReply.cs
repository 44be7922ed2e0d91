using Bot.Knowledge.Index;

namespace Bot.Chat.Replies;

/// <summary>The result of an admin rebuild: counts and time, "already running", or why it failed.</summary>
public sealed record RebuildReply(RebuildResult Result) : ChatReply;
