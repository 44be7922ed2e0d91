using Bot.Chat.Rendering;

namespace Bot.Chat.Tests.Rendering;

public sealed class CountTests
{
    [Theory]
    [InlineData(0, "0 documents")]
    [InlineData(1, "1 document")]
    [InlineData(2, "2 documents")]
    public void Counts_are_singular_only_for_one(long count, string expected) => Assert.Equal(expected, Count.Of(count, "document"));
}
