using Bot.Discord.Rendering;
using Bot.Discord.Wire;

namespace Bot.Discord.Tests.Rendering;

// Discord's message limits (https://discord.com/developers/docs/resources/message), checked independently of the renderer's own constants.
internal static class LimitsAssert
{
    public static void Within(MessagePayload message)
    {
        Assert.Equal(AllowedMentions.None.Parse, message.AllowedMentions?.Parse);
        Assert.True((message.Content?.Length ?? 0) <= 2000, $"content {message.Content?.Length}");
        Assert.True(message.Content is { Length: > 0 } || message.Embeds is { Count: > 0 }, "an empty message");
        var embeds = message.Embeds ?? [];
        Assert.True(embeds.Count <= 10);
        var total = 0;
        foreach (var embed in embeds)
        {
            Assert.True((embed.Title?.Length ?? 0) <= 256, $"title {embed.Title?.Length}");
            Assert.True((embed.Description?.Length ?? 0) <= 4096, $"description {embed.Description?.Length}");
            Assert.True((embed.Fields?.Count ?? 0) <= 25, $"fields {embed.Fields?.Count}");
            Assert.True((embed.Footer?.Text.Length ?? 0) <= 2048);
            foreach (var field in embed.Fields ?? [])
            {
                Assert.InRange(field.Name.Length, 1, 256);
                Assert.InRange(field.Value.Length, 1, 1024);
            }

            total += DiscordLimits.Length(embed);
        }

        Assert.True(total <= 6000, $"embed total {total}");
    }
}
