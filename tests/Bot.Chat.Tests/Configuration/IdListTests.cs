using Bot.Chat.Configuration;
using Microsoft.Extensions.Configuration;

namespace Bot.Chat.Tests.Configuration;

public sealed class IdListTests
{
    [Fact]
    public void Ids_come_from_an_array_or_one_separated_string_without_repeats()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Array:0"] = "U1",
            ["Array:1"] = "U2, U3",
            ["Scalar"] = " U1,U2;U3 U2 ",
        }).Build();

        Assert.Equal(["U1", "U2", "U3"], IdList.Read(configuration.GetSection("Array")));
        Assert.Equal(["U1", "U2", "U3"], IdList.Read(configuration.GetSection("Scalar")));
        Assert.Empty(IdList.Read(configuration.GetSection("Missing")));
    }
}
