using System.Text;

namespace Bot.Testing.Discord;

// Delay: How long the answer takes to come: a slow Discord, as the bot sees it.
internal sealed record FakeResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    public byte[] Bytes => Body is null ? [] : Encoding.UTF8.GetBytes(Body);
}
