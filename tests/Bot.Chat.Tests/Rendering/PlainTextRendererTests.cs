using Bot.Chat.Commands;
using Bot.Chat.Conversations;
using Bot.Chat.Rendering;
using Bot.Chat.Replies;
using Bot.Knowledge.Index;
using Bot.Testing;

namespace Bot.Chat.Tests.Rendering;

public sealed class PlainTextRendererTests
{
    [Fact]
    public async Task An_answer_shows_numbered_sentences_then_each_citation_with_its_origin()
    {
        using var seeded = new SeededKnowledge();
        var answer = await seeded.Knowledge.AskAsync("Which was the first NATO country to buy the S-400?");

        var text = PlainTextRenderer.Render(new AnswerReply(answer));

        Assert.StartsWith(answer.Text, text, StringComparison.Ordinal);
        Assert.Contains("[1] Turkey considers buying the second regiment of S-400s from Russia — TASS, 3 March 2021 (004_571803df5c3c6925.txt ¶", text, StringComparison.Ordinal);
        Assert.Contains("*NATO*", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Simple_replies_say_what_happened()
    {
        Assert.Contains("try again in 12 s", PlainTextRenderer.Render(new RateLimitedReply(TimeSpan.FromSeconds(11.2))), StringComparison.Ordinal);
        Assert.Contains("only admins", PlainTextRenderer.Render(new NotAllowedReply(ChatCommand.Reindex)), StringComparison.Ordinal);
        Assert.Contains("already running", PlainTextRenderer.Render(new RebuildReply(RebuildResult.Busy)), StringComparison.Ordinal);
        Assert.Contains("Index rebuilt: 5 documents, 40 passages in 1.5 s", PlainTextRenderer.Render(new RebuildReply(new RebuildResult(RebuildOutcome.Rebuilt, 5, 40, TimeSpan.FromSeconds(1.5), [], null))), StringComparison.Ordinal);
        Assert.Contains("reindex", PlainTextRenderer.Render(new HelpReply(ForAdmin: true)), StringComparison.Ordinal);
        Assert.DoesNotContain("reindex", PlainTextRenderer.Render(new HelpReply(ForAdmin: false)), StringComparison.Ordinal);
    }
}
