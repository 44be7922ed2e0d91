using System.Text.Json.Nodes;
using System.Text.Json;
using Bot.Chat.Commands;
using Bot.Chat.Conversations;
using Bot.Chat.Replies;
using Bot.Discord.Rendering;
using Bot.Discord.Tests.Fakes;
using Bot.Discord.Wire;
using Bot.Knowledge.Answers;
using Bot.Knowledge.Index;
using Bot.Testing;

namespace Bot.Discord.Tests.Rendering;

public sealed class DiscordRendererTests
{
    [Fact]
    public async Task A_real_answer_renders_as_one_embed_citing_its_sources()
    {
        using var knowledge = new SeededKnowledge();
        var answer = await knowledge.Knowledge.AskAsync(Payloads.Question);
        Assert.True(answer.Answered);

        var message = DiscordRenderer.Render(new AnswerReply(answer));

        LimitsAssert.Within(message);
        var embed = Assert.Single(message.Embeds!);
        Assert.Equal(Payloads.Question, embed.Title);
        Assert.Contains("[1]", embed.Description, StringComparison.Ordinal);
        Assert.Equal(answer.Citations.Count, embed.Fields!.Count);
        Assert.Contains("$2.5 billion", Payloads.AllText(Json(message)), StringComparison.Ordinal);
        Assert.All(embed.Fields, (f, i) =>
        {
            Assert.StartsWith($"[{i + 1}] ", f.Name, StringComparison.Ordinal);
            Assert.Contains($"`{answer.Citations[i].Document}` ¶{answer.Citations[i].Paragraph}", f.Value, StringComparison.Ordinal);
        });
        Assert.Contains(embed.Fields, f => f.Value.Contains("**", StringComparison.Ordinal)); // matched terms in bold
    }

    [Fact]
    public void An_oversized_answer_is_cut_to_every_limit_not_rejected()
    {
        var words = string.Join(' ', Enumerable.Repeat("sanctions", 800));
        var citations = Enumerable.Range(1, 30).Select(n => Citation(n, words, title: string.Join(' ', Enumerable.Repeat("Title", 90)))).ToList();
        var answer = new Answer(string.Join(' ', Enumerable.Repeat("why", 400)), AnswerStatus.Answered, words + words, [], citations);

        var message = DiscordRenderer.Render(new AnswerReply(answer));

        LimitsAssert.Within(message);
        var embed = Assert.Single(message.Embeds!);
        Assert.EndsWith("…", embed.Title, StringComparison.Ordinal);
        Assert.EndsWith("…", embed.Description, StringComparison.Ordinal);
        Assert.NotEmpty(embed.Fields!);
        Assert.All(embed.Fields!, f => Assert.Equal(0, CountBold(f.Value) % 2)); // no bold run left open by a cut
    }

    [SharedFact(Fixture.SuppressAll)]
    public void An_excerpt_with_everyone_goes_out_with_mentions_suppressed()
    {
        var citation = Citation(1, "@everyone look: <@&1234> and <@5678> said sanctions", title: "@here notes");
        var answer = new Answer("who said it?", AnswerStatus.Answered, "@everyone said it. [1]", [], [citation]);

        var json = Json(DiscordRenderer.Render(new AnswerReply(answer)));

        Assert.Contains("@everyone", Payloads.AllText(json), StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(Fixture.Json(Fixture.SuppressAll)["allowed_mentions"], json["allowed_mentions"]));
    }

    [Fact]
    public void Every_kind_of_reply_fits_and_suppresses_mentions()
    {
        var documents = Enumerable.Range(1, 400)
            .Select(i => new DocumentSummary($"doc_{i:000}.txt", $"A *long* title number {i} about sanctions and procurement", "Agency", new DateOnly(2021, 3, 3), null, null, 12))
            .ToList();
        var replies = new ChatReply[]
        {
            new HelpReply(false),
            new HelpReply(true),
            new SourcesReply(documents),
            new SourcesReply([]),
            new NotAllowedReply(ChatCommand.Reindex),
            new RateLimitedReply(TimeSpan.FromSeconds(42.2)),
            new RebuildReply(new RebuildResult(RebuildOutcome.Rebuilt, 5, 120, TimeSpan.FromSeconds(1.5), [], null)),
            new RebuildReply(RebuildResult.Busy),
            new AnswerReply(new Answer("", AnswerStatus.NotAQuestion, "Please ask a question.", [], [])),
            new AnswerReply(new Answer("what?", AnswerStatus.NotCovered, "The documents don't cover that.", [], [Citation(1, "possibly sanctions", "Maybe")])),
        };

        foreach (var reply in replies)
        {
            LimitsAssert.Within(DiscordRenderer.Render(reply));
        }

        var sources = DiscordRenderer.Render(new SourcesReply(documents)).Embeds![0];
        Assert.Equal("400 documents in the index", sources.Title);
        Assert.Matches(@"… and \d+ more$", sources.Description);
        Assert.Contains(@"A \*long\* title", sources.Description, StringComparison.Ordinal); // document text is shown, not formatted
        Assert.Contains("slow down and try again in 43 s", DiscordRenderer.Render(new RateLimitedReply(TimeSpan.FromSeconds(42.2))).Content, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Markdown_in_excerpts_is_escaped_and_only_matched_terms_are_bold()
    {
        var excerpt = "Price_list *draft* for sanctions | spoiler";
        var citation = Citation(1, excerpt) with { Highlights = [new TextSpan(excerpt.IndexOf("sanctions", StringComparison.Ordinal), "sanctions".Length)] };

        var value = DiscordMarkdown.MarkedExcerpt(citation, 1024);

        Assert.Equal(@"Price\_list \*draft\* for **sanctions** \| spoiler", value);
    }

    private static Citation Citation(int number, string excerpt, string title = "Title") =>
        new(number, $"doc_{number}.txt", title, "Source", new DateOnly(2020, 1, 1), null, null, 3, excerpt, Highlights(excerpt), excerpt, 1.0);

    private static List<TextSpan> Highlights(string text)
    {
        var spans = new List<TextSpan>();
        for (var at = text.IndexOf("sanctions", StringComparison.Ordinal); at >= 0; at = text.IndexOf("sanctions", at + 1, StringComparison.Ordinal))
        {
            spans.Add(new TextSpan(at, "sanctions".Length));
        }

        return spans;
    }

    private static int CountBold(string text)
    {
        var count = 0;
        for (var at = text.IndexOf("**", StringComparison.Ordinal); at >= 0; at = text.IndexOf("**", at + 2, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static JsonNode Json(MessagePayload message) =>
        JsonNode.Parse(JsonSerializer.Serialize(message, DiscordJsonContext.Default.MessagePayload))!;

    [Fact]
    public void Code_in_an_answer_is_a_fenced_block_left_unescaped_inside()
    {
        var answer = new Answer("q", AnswerStatus.Answered, "Set it:\nconst app_token = process.env.APP_TOKEN; [1]",
            [new AnswerSentence("Set it:\nconst app_token = process.env.APP_TOKEN;", 1) { Code = "const app_token = process.env.APP_TOKEN;" }], [Citation(1, "Set it:")]);

        var embed = Assert.Single(DiscordRenderer.Render(new AnswerReply(answer)).Embeds!);

        Assert.Equal("Set it: [1]\n```\nconst app_token = process.env.APP_TOKEN;\n```", embed.Description);
    }
}
