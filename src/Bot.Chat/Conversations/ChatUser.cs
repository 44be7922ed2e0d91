namespace Bot.Chat.Conversations;

// Who is asking. IsAdmin is decided by the adapter from the platform's facts
// (Discord permissions and roles, Slack user ids in configuration); Bot.Chat enforces it.
public sealed record ChatUser(string Platform, string Id, bool IsAdmin, string? Name = null)
{
    public override string ToString() => Name is null ? $"{Platform}:{Id}" : $"{Platform}:{Id} ({Name})";
}
