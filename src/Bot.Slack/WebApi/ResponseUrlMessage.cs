using Bot.Slack.Rendering;

namespace Bot.Slack.WebApi;

/// <summary>A message posted to a slash command's <c>response_url</c>; <c>response_type</c> is ephemeral or in_channel (FACTS B3).</summary>
internal sealed record ResponseUrlMessage(string ResponseType, string Text, IReadOnlyList<Block> Blocks);
