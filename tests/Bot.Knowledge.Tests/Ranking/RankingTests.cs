namespace Bot.Knowledge.Tests.Ranking;

public sealed class RankingTests
{
    [Fact]
    public async Task Ask_ranks_first_the_passage_whose_heading_names_what_the_question_asks_about()
    {
        using var corpus = await SmallCorpus.BuildAsync(("guide.md", """
            # Workspace guide

            ## Message formatting

            The dashboard shows the messages sent per minute.

            ## Rate limits

            Each workspace may send at most fifty messages per minute, counted over all of its channels and bots together.
            """));

        var ranked = await corpus.RankAsync("What are the rate limits on messages per minute?");

        Assert.Equal("guide.md#Rate limits", ranked[0]);
    }

    [Fact]
    public async Task Ask_finds_a_document_that_shares_the_best_passages_words_but_none_of_the_questions()
    {
        using var corpus = await SmallCorpus.BuildAsync(
            ("a.txt", "Transition on swept wings was measured in the wind tunnel with hot wire anemometry across the boundary layer."),
            ("b.txt", "Hot wire anemometry of the boundary layer in a tunnel, with notes on probe calibration."),
            ("c.txt", "Fatigue cracks in riveted aluminium joints grow faster under salt spray than in dry air."));

        var ranked = await corpus.RankAsync("experimental measurements of transition on swept wings", top: 5);

        Assert.Equal("a.txt", ranked[0]);
        Assert.Contains("b.txt", ranked);
        Assert.DoesNotContain("c.txt", ranked);
    }

    [Fact]
    public async Task Ask_counts_a_question_word_spelt_the_other_way_as_held_by_the_passage()
    {
        using var corpus = await SmallCorpus.BuildAsync(
            ("a.txt", "Engineers are studying air defence systems."),
            ("b.txt", "At the northern plant engineers are developing their own air defense systems, with the first deliveries due next year."));

        var ranked = await corpus.RankAsync("Which air defence systems are engineers developing?");

        Assert.Equal("b.txt", ranked[0]);
    }

    [Fact]
    public async Task Ask_ranks_the_reference_row_defining_an_option_above_code_that_only_sets_it()
    {
        using var corpus = await SmallCorpus.BuildAsync(
            ("reference.md", """
                # Client reference

                ## Client options

                | Option | Description |
                | --- | --- |
                | `baseUrl` | The address every request is sent to. |
                | `retryLimit` | How many times a failed request is sent again. |
                | `timeoutSeconds` | Seconds to wait for a reply. |
                """),
            ("quickstart.md", """
                # Quick start

                ## Creating a client

                Create one client and share it:

                ```js
                const client = new Client({
                  baseUrl: 'https://api.example.org',
                  retryLimit: 5,
                });
                await client.get('/status');
                ```
                """));

        var ranked = await corpus.RankAsync("what does retryLimit do");

        Assert.Equal("reference.md#Client options", ranked[0]);
    }

    [Fact]
    public async Task Ask_ranks_prose_explaining_an_identifier_above_code_that_only_uses_it()
    {
        using var corpus = await SmallCorpus.BuildAsync(CodeAndProse);

        var ranked = await corpus.RankAsync("What does logLevel do?");

        Assert.Equal("guide.md#Logging", ranked[0]);
    }

    [Fact]
    public async Task Ask_keeps_code_first_for_an_identifier_question_that_asks_for_an_example()
    {
        using var corpus = await SmallCorpus.BuildAsync(CodeAndProse);

        var ranked = await corpus.RankAsync("Show me a code example that sets logLevel");

        Assert.Equal("guide.md#Logging › Setting it", ranked[0]);
    }

    private static readonly (string, string)[] CodeAndProse =
    [
        ("guide.md", """
            # Guide

            ## Logging

            The `logLevel` decides which messages reach the console: only messages at that level or above are printed, the rest are dropped.

            ### Setting it

            ```js
            const app = new App({ logLevel: 'debug' });
            ```
            """),
    ];

    [Fact]
    public async Task Ask_ranks_first_the_passage_giving_a_reason_for_a_why_question()
    {
        using var corpus = await SmallCorpus.BuildAsync(
            ("a.txt", "Rotate the signing token every month from the admin console."),
            ("b.txt", "The signing token is rotated every month to prevent a leaked copy from being used for long; the admin console does it on a schedule of its own."));

        var ranked = await corpus.RankAsync("Why is the signing token rotated every month?");

        Assert.Equal("b.txt", ranked[0]);
    }
}
