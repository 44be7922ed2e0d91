using Bot.Slack.Rendering;

namespace Bot.Slack.WebApi;

/// <summary>
/// <c>chat.postMessage</c>. <see cref="ThreadTs"/> puts the reply in a thread; unfurling is off so a
/// link in an excerpt never expands into a preview.
/// </summary>
internal sealed record PostMessageRequest(string Channel, string Text, IReadOnlyList<Block> Blocks, string? ThreadTs, bool UnfurlLinks = false, bool UnfurlMedia = false);
