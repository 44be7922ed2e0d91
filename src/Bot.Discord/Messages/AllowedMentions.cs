namespace Bot.Discord.Messages;

/// <summary>
/// FACTS A4: <c>{"parse": []}</c> suppresses every ping, @everyone and @here included. Excerpts
/// come from documents and questions from users, so nothing the bot echoes may ping anyone.
/// </summary>
internal sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    public static AllowedMentions None { get; } = new([]);
}
