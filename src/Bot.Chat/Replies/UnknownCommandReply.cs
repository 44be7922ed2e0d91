namespace Bot.Chat.Replies;

/// <summary>"/frob": not a command the bot has. Only the asker needs to see it.</summary>
public sealed record UnknownCommandReply(string Command) : ChatReply
{
    public override bool IsPrivate => true;
}
