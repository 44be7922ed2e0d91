namespace Bot.Chat.Replies;

/// <summary>
/// What the bot says back, as data. Each adapter renders it in its own format (Discord embed, Slack
/// Block Kit, console text); <see cref="Rendering.PlainTextRenderer"/> gives the plain-text form.
/// <see cref="IsPrivate"/> marks replies that only the asker should see (refusals, rate limits).
/// </summary>
public abstract record ChatReply
{
    public virtual bool IsPrivate => false;
}
