using Bot.Chat.Commands;

namespace Bot.Chat.Replies;

// A non-admin tried an admin command. Nothing was changed.
public sealed record NotAllowedReply(ChatCommand Command) : ChatReply
{
    public override bool IsPrivate => true;
}
