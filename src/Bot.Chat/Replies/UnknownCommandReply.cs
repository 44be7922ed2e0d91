namespace Bot.Chat.Replies;

// "/frob": not a command the bot has. Only the asker needs to see it.
public sealed record UnknownCommandReply(string Command) : ChatReply
{
    public override bool IsPrivate => true;
}
