using Bot.Slack.Rendering;

namespace Bot.Slack.WebApi;

/// <summary><c>chat.postEphemeral</c>: a message only <see cref="User"/> sees (refusals, rate limits).</summary>
internal sealed record PostEphemeralRequest(string Channel, string User, string Text, IReadOnlyList<Block> Blocks, string? ThreadTs);
