namespace Bot.Discord.Tests;

public sealed class SharedFactAttributeTests
{
    [Fact]
    public void A_missing_shared_file_skips_with_a_message_naming_it()
    {
        Assert.StartsWith("needs ../shared/protocols/discord/no_such_fixture.json", new SharedFactAttribute("protocols/discord/no_such_fixture.json").Skip, StringComparison.Ordinal);
    }
}
