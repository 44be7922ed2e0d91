namespace Bot.Slack.Rendering;

/// <summary>A rendered reply: blocks, and the plain <see cref="Text"/> Slack shows in notifications and where blocks cannot be shown.</summary>
internal sealed record SlackMessage(string Text, IReadOnlyList<Block> Blocks);
