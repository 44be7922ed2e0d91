using System.Text.Json;
using Bot.Chat.Replies;
using Bot.Knowledge.Answers;
using Bot.Slack.Rendering;
using Bot.Slack.Wire;
using Bot.Testing;

namespace Bot.Slack.Tests.Rendering;

public sealed class BlockKitRendererTests
{
    private static Citation Cite(int number, string excerpt, IReadOnlyList<TextSpan>? highlights = null, string title = "S-400 deal", string? url = null) =>
        new(number, "000_turkey.txt", title, "Defense News", new DateOnly(2021, 3, 3), null, url, 4, excerpt, highlights ?? [], excerpt, 1.0);

    private static Answer Answered(string text, params Citation[] citations) => new("q", AnswerStatus.Answered, text, [], citations);

    private static IEnumerable<string> Texts(SlackMessage m) =>
        m.Blocks.SelectMany(b => (b.Text is null ? [] : new[] { b.Text.Text }).Concat(b.Elements?.Select(e => e.Text) ?? [])).Append(m.Text);

    [Fact]
    public void Excerpt_with_a_channel_mention_a_user_mention_and_a_link_is_escaped_everywhere()
    {
        var excerpt = "Alert <!channel> & <!here>: ask <@U123> or see <https://evil.example|this> > now";
        var message = BlockKitRenderer.Render(new AnswerReply(Answered("It is <!everyone> [1]", Cite(1, excerpt, title: "<!channel> news"))));

        foreach (var text in Texts(message))
        {
            Assert.DoesNotContain("<!", text);
            Assert.DoesNotContain("<@", text);
            Assert.DoesNotContain("<http", text);
        }

        var citation = message.Blocks[1].Text!.Text;
        Assert.Contains("&lt;!channel&gt; &amp; &lt;!here&gt;", citation);
        Assert.Contains("&gt; now", citation);
        Assert.Equal(1, citation.Count(c => c == '>'));
        Assert.Contains("&lt;!everyone&gt;", message.Blocks[0].Text!.Text);
        Assert.Contains("&lt;!everyone&gt;", message.Text);
    }

    [Fact]
    public void Citation_has_the_heading_then_the_quoted_excerpt_with_matched_terms_in_bold()
    {
        var excerpt = "Turkey paid $2.5 billion for the S-400 system.";
        var message = BlockKitRenderer.Render(new AnswerReply(Answered("Turkey paid $2.5 billion. [1]", Cite(1, excerpt, [new TextSpan(0, 6), new TextSpan(33, 5)]))));

        Assert.Equal(
            "*[1] S-400 deal* — Defense News, 3 March 2021 (000_turkey.txt ¶4)\n>*Turkey* paid $2.5 billion for the *S-400* system.",
            message.Blocks[1].Text!.Text);
        Assert.Equal(["section", "section"], message.Blocks.Select(b => b.Type));
        Assert.Equal("mrkdwn", message.Blocks[0].Text!.Type);
    }

    [Fact]
    public void A_plain_url_links_the_title_and_a_url_that_could_break_out_does_not()
    {
        var linked = BlockKitRenderer.CitationSection(Cite(1, "x", url: "https://example.com/a?b=1&c=2"));
        var unlinked = BlockKitRenderer.CitationSection(Cite(1, "x", url: "https://example.com/a|<!channel>"));

        Assert.StartsWith("*[1] <https://example.com/a?b=1&amp;c=2|S-400 deal>*", linked);
        Assert.StartsWith("*[1] S-400 deal*", unlinked);
        Assert.DoesNotContain("<!channel>", unlinked);
    }

    [Fact]
    public void Multi_line_excerpt_is_quoted_on_every_line()
    {
        Assert.EndsWith("\n>first line\n>second line", BlockKitRenderer.CitationSection(Cite(1, "first line\nsecond line")));
    }

    [Fact]
    public void Long_answer_is_cut_at_a_word_within_the_section_limit()
    {
        var words = string.Join(' ', Enumerable.Range(0, 2000).Select(i => "word" + i));
        var message = BlockKitRenderer.Render(new AnswerReply(Answered(words)));

        var section = message.Blocks[0].Text!.Text;
        Assert.InRange(section.Length, 2900, BlockKitRenderer.MaxSectionText);
        Assert.EndsWith("…", section);
        Assert.StartsWith(section[..^1] + " ", words);
        Assert.InRange(message.Text.Length, 1, BlockKitRenderer.MaxFallbackText);
    }

    [Fact]
    public void Escaping_that_lengthens_the_text_still_fits_and_never_splits_an_entity()
    {
        var ampersands = string.Join(' ', Enumerable.Repeat("a&b<c>", 1500));
        var message = BlockKitRenderer.Render(new AnswerReply(Answered(ampersands, Cite(1, ampersands))));

        foreach (var block in message.Blocks)
        {
            Assert.InRange(block.Text!.Text.Length, 1, BlockKitRenderer.MaxSectionText);
            Assert.EndsWith("a&amp;b&lt;c&gt;…", block.Text.Text);
        }
    }

    [Fact]
    public void Long_excerpt_keeps_its_highlights_inside_the_cut_and_drops_those_beyond()
    {
        var excerpt = "Turkey " + string.Join(' ', Enumerable.Repeat("filler", 1000)) + " Turkey";
        var citation = BlockKitRenderer.CitationSection(Cite(1, excerpt, [new TextSpan(0, 6), new TextSpan(excerpt.Length - 6, 6)]));

        Assert.InRange(citation.Length, 2900, BlockKitRenderer.MaxSectionText);
        Assert.Contains("\n>*Turkey* filler", citation);
        Assert.EndsWith("filler…", citation);
        Assert.Equal(2, citation.Count(c => c == '*') - 2);
    }

    [Fact]
    public void Many_long_citations_stay_within_fifty_blocks_and_forty_thousand_characters()
    {
        var excerpt = string.Join(' ', Enumerable.Repeat("passage", 700));
        var citations = Enumerable.Range(1, 100).Select(n => Cite(n, excerpt)).ToArray();
        var message = BlockKitRenderer.Render(new AnswerReply(Answered("Answer. [1]", citations)), new AskedQuestion("q?", null));

        Assert.InRange(message.Blocks.Count, 2, BlockKitRenderer.MaxBlocks);
        Assert.InRange(Texts(message).Sum(t => t.Length), 1, BlockKitRenderer.MaxTotalText);
        Assert.All(message.Blocks, b => Assert.InRange(b.TextLength, 1, BlockKitRenderer.MaxSectionText));
        Assert.Matches(@"^…and \d+ more citations not shown\.$", message.Blocks[^1].Elements![0].Text);
    }

    [Fact]
    public void Fifty_short_citations_are_capped_at_fifty_blocks()
    {
        var citations = Enumerable.Range(1, 80).Select(n => Cite(n, "short")).ToArray();
        var message = BlockKitRenderer.Render(new AnswerReply(Answered("Answer.", citations)));

        Assert.Equal(BlockKitRenderer.MaxBlocks, message.Blocks.Count);
        Assert.Equal("…and 32 more citations not shown.", message.Blocks[^1].Elements![0].Text);
    }

    [Fact]
    public async Task Not_covered_answer_from_the_real_index_says_so()
    {
        using var knowledge = new SeededKnowledge();
        var answer = await knowledge.Knowledge.AskAsync("What is the boiling point of mercury in kelvin?");

        var message = BlockKitRenderer.Render(new AnswerReply(answer));

        Assert.False(answer.Answered);
        Assert.StartsWith("The material doesn't cover this", message.Blocks[0].Text!.Text);
        Assert.Equal(answer.Citations.Count + 1, message.Blocks.Count);
    }

    [Fact]
    public async Task Real_answer_to_the_s400_question_has_the_cited_sentence_and_bold_terms()
    {
        using var knowledge = new SeededKnowledge();
        var answer = await knowledge.Knowledge.AskAsync("How much did Turkey pay for the S-400?");

        var message = BlockKitRenderer.Render(new AnswerReply(answer));

        Assert.Contains("$2.5 billion", message.Blocks[0].Text!.Text);
        Assert.Contains("*S-400*", message.Blocks[1].Text!.Text);
        Assert.Contains("$2.5 billion", message.Text);
    }

    [Fact]
    public void Simple_replies_are_one_escaped_section_and_help_uses_slack_syntax()
    {
        var slow = BlockKitRenderer.Render(new RateLimitedReply(TimeSpan.FromSeconds(4.2)));
        var help = BlockKitRenderer.Render(new HelpReply(ForAdmin: true));

        Assert.Equal("You're asking faster than I can keep up. Please slow down and try again in 5 s.", Assert.Single(slow.Blocks).Text!.Text);
        Assert.Contains("/ask &lt;question&gt;", help.Blocks[0].Text!.Text);
        Assert.Contains("/ask-admin reindex", help.Text);
    }

    [Fact]
    public void Asked_question_is_repeated_for_the_asker_or_with_their_mention_in_the_channel()
    {
        var reply = new AnswerReply(Answered("Yes. [1]", Cite(1, "yes")));

        var privately = BlockKitRenderer.Render(reply, new AskedQuestion("Is <it> so?", null));
        var publicly = BlockKitRenderer.Render(reply, new AskedQuestion("Is it so?", "U2CERLKJA"));
        var forged = BlockKitRenderer.Render(reply, new AskedQuestion("Is it so?", "U1>|<!channel"));

        Assert.Equal("You asked: Is &lt;it&gt; so?", privately.Blocks[0].Elements![0].Text);
        Assert.Equal("<@U2CERLKJA> asked: Is it so?", publicly.Blocks[0].Elements![0].Text);
        Assert.Equal("You asked: Is it so?", forged.Blocks[0].Elements![0].Text);
        Assert.StartsWith("Q: Is &lt;it&gt; so?\nYes. [1]", privately.Text);
    }

    [Fact]
    public void Wire_form_has_only_type_and_text_fields()
    {
        var message = BlockKitRenderer.Render(new AnswerReply(Answered("Yes. [1]", Cite(1, "yes"))), new AskedQuestion("q", null));
        var json = JsonSerializer.Serialize(new PostMessageRequest("C1", message.Text, message.Blocks, null), SlackJsonContext.Default.PostMessageRequest);

        Assert.Equal(
            """{"channel":"C1","text":"Q: q\nYes. [1]\n\n[1] S-400 deal \u2014 Defense News, 3 March 2021 (000_turkey.txt \u00B64)\n    yes","blocks":[{"type":"context","elements":[{"type":"mrkdwn","text":"You asked: q"}]},{"type":"section","text":{"type":"mrkdwn","text":"Yes. [1]"}},{"type":"section","text":{"type":"mrkdwn","text":"*[1] S-400 deal* \u2014 Defense News, 3 March 2021 (000_turkey.txt \u00B64)\n\u003Eyes"}}],"unfurl_links":false,"unfurl_media":false}""",
            json);
    }

    [Fact]
    public void Code_in_an_answer_is_a_fenced_block_escaped_like_any_text()
    {
        var answer = new Answer("q", AnswerStatus.Answered, "Paste this:\nif (a < b) run(); [1]",
            [new AnswerSentence("Paste this:\nif (a < b) run();", 1) { Code = "if (a < b) run();" }], [Cite(1, "Paste this:")]);

        var message = BlockKitRenderer.Render(new AnswerReply(answer));

        Assert.Equal("Paste this: [1]\n```\nif (a &lt; b) run();\n```", message.Blocks[0].Text!.Text);
    }
}
