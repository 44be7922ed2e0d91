using System.ComponentModel.DataAnnotations;

namespace Bot.Chat.Conversations;

// Configuration section Conversations: how long and how much of a thread the bot remembers for
// follow-up questions (README, "Follow-up questions").
public sealed class ConversationOptions
{
    public const string Section = "Conversations";

    // A thread nobody asked in for this long is forgotten: a follow-up after it is a new question,
    // and a Slack thread reply is no longer answered without a mention.
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan Expiry { get; set; } = TimeSpan.FromHours(24);

    // Earlier turns kept per conversation; older ones drop off.
    [Range(1, 20)]
    public int MaxTurns { get; set; } = 4;

    // Conversations remembered at once; past it the least recently used is forgotten.
    [Range(1, 1_000_000)]
    public int Capacity { get; set; } = 10_000;
}
