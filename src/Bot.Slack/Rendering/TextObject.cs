namespace Bot.Slack.Rendering;

/// <summary>A Block Kit text object; the bot only writes <c>mrkdwn</c>, always escaped first (<see cref="Mrkdwn"/>).</summary>
internal sealed record TextObject(string Type, string Text)
{
    public static TextObject Markdown(string text) => new("mrkdwn", text);
}
