using Bot.Knowledge.Questions;
using Bot.Knowledge.Ranking;

namespace Bot.Knowledge.Tests.Ranking;

public sealed class DefinitionsTests
{
    [Theory]
    [InlineData("`retryLimit` — How many times a failed request is sent again.")]
    [InlineData("- `retryLimit`: `number`. How many times a failed request is sent again.")]
    [InlineData("* retryLimit: how many times a failed request is sent again.")]
    [InlineData("2. retryLimit() - returns how many times a failed request is sent again.")]
    [InlineData("Options:\n`timeout` — Seconds to wait.\n`retryLimit` — How many retries.")]
    public void Keys_include_a_name_that_keys_a_row_or_list_item(string text)
    {
        Assert.Contains("retrylimit", Definitions.Keys(text, section: null));
    }

    [Theory]
    [InlineData("Set retryLimit to zero to turn retries off.")]
    [InlineData("The client reads `retryLimit` when it starts: a higher value waits longer.")]
    public void Keys_leave_out_a_name_only_mentioned_in_a_sentence(string text)
    {
        Assert.DoesNotContain("retrylimit", Definitions.Keys(text, section: null));
    }

    [Fact]
    public void Keys_include_the_last_heading_of_the_section_path()
    {
        Assert.Contains("retrylimit", Definitions.Keys("How many retries.", "Client options › `retryLimit()`"));
    }

    [Fact]
    public void Share_weighs_the_identifiers_the_passage_defines()
    {
        var terms = QuestionAnalyzer.Analyze("retryLimit vs timeoutSeconds, which one matters?").Terms
            .Select(t => t with { Weight = 1 }).ToList();

        var share = Definitions.Share(terms, "`retryLimit` — How many retries.\nThe timeoutSeconds value is read once.", section: null);

        Assert.Equal(0.5, share, 3);
    }

    [Fact]
    public void Share_is_zero_for_a_question_without_identifiers()
    {
        var terms = QuestionAnalyzer.Analyze("How many retries are made?").Terms.Select(t => t with { Weight = 1 }).ToList();

        Assert.Equal(0, Definitions.Share(terms, "- retries: how many retries are made.", section: null));
    }
}
