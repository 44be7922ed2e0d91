namespace Bot.Chat.Conversations;

/// <summary>
/// Who is asking. <paramref name="IsAdmin"/> is decided by the adapter from the platform's facts
/// (Discord permissions and roles, Slack user ids in configuration); Bot.Chat enforces it.
/// </summary>
public sealed record ChatUser(string Platform, string Id, bool IsAdmin, string? Name = null)
{
    public override string ToString() => Name is null ? $"{Platform}:{Id}" : $"{Platform}:{Id} ({Name})";
}
