using Bot.Chat.Commands;

namespace Bot.Chat.Replies;

/// <summary>A non-admin tried an admin command. Nothing was changed.</summary>
public sealed record NotAllowedReply(ChatCommand Command) : ChatReply
{
    public override bool IsPrivate => true;
}
