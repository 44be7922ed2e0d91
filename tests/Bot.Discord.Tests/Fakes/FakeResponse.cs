using System.Text;

namespace Bot.Discord.Tests.Fakes;

internal sealed record FakeResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public byte[] Bytes => Body is null ? [] : Encoding.UTF8.GetBytes(Body);
}
