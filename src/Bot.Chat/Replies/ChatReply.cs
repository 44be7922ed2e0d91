namespace Bot.Chat.Replies;

// What the bot says back, as data. Each adapter renders it in its own format (Discord embed, Slack
// Block Kit, console text); PlainTextRenderer gives the plain-text form.
// IsPrivate marks replies that only the asker should see (refusals, rate limits).
public abstract record ChatReply
{
    public virtual bool IsPrivate => false;
}
