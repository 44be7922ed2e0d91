using Bot.Knowledge.Ranking;

namespace Bot.Knowledge.Tests.Ranking;

public sealed class LeadInTests
{
    [Theory]
    [InlineData("Create a file called `Servicefile` and paste in one of the following, depending on how the service runs.")]
    [InlineData("To start the service, run:")]
    [InlineData("The settings file holds these keys:  \n")]
    public void LeadIn_is_a_passage_announcing_what_follows_it(string text)
    {
        Assert.True(Reranker.LeadIn(text));
    }

    [Theory]
    [InlineData("Paste the following: worker: run service")]
    [InlineData("The service starts with `svc run --port 80`.")]
    [InlineData("The following year the plant doubled its output. Ratio: 2 to 1.")]
    public void LeadIn_is_not_a_passage_that_holds_what_it_announces_or_announces_nothing(string text)
    {
        Assert.False(Reranker.LeadIn(text));
    }
}
