using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Chat.Questions;
using Bot.Chat.Replies;
using Bot.Knowledge.Answers;
using Bot.Slack.Rendering;
using Bot.Slack.Wire;

namespace Bot.Slack.Tests.Rendering;

public sealed class FeedbackButtonsTests
{
    private static Citation Cite(int number) =>
        new(number, "000_turkey.txt", "S-400 deal", "Defense News", new DateOnly(2021, 3, 3), null, null, 4, "short", [], "short", 1.0);

    private static AnswerReply Reply(string? answerId, int citations = 1) =>
        new(new Answer("q", AnswerStatus.Answered, "Yes. [1]", [], Enumerable.Range(1, citations).Select(Cite).ToList()), answerId);

    [Fact]
    public void Answer_with_an_answer_id_ends_with_thumbs_up_and_down_buttons_and_one_without_has_none()
    {
        var rated = BlockKitRenderer.Render(Reply("0123456789abcdef01234567"));
        var unrated = BlockKitRenderer.Render(Reply(null));

        var json = JsonSerializer.Serialize(rated.Blocks[^1], SlackJsonContext.Default.Block);
        Assert.Equal(
            """{"type":"actions","elements":[{"text":{"type":"plain_text","text":"\uD83D\uDC4D","emoji":true},"action_id":"feedback_up","value":"0123456789abcdef01234567","accessibility_label":"This answer helped","type":"button"},{"text":{"type":"plain_text","text":"\uD83D\uDC4E","emoji":true},"action_id":"feedback_down","value":"0123456789abcdef01234567","accessibility_label":"This answer did not help","type":"button"}]}""",
            json);
        Assert.Equal(unrated.Blocks, rated.Blocks.SkipLast(1));
        Assert.DoesNotContain(unrated.Blocks, b => b.Type == "actions");
    }

    [Fact]
    public void Many_citations_leave_room_for_the_buttons_and_the_thanks_line()
    {
        var message = BlockKitRenderer.Render(Reply("0123456789abcdef01234567", citations: 80));

        Assert.Equal(BlockKitRenderer.MaxBlocks - 1, message.Blocks.Count);
        Assert.Equal("actions", message.Blocks[^1].Type);
        Assert.StartsWith("…and ", message.Blocks[^2].Elements![0].Text);
    }

    [Fact]
    public void Thanks_line_goes_under_the_buttons_once_and_replaces_an_earlier_one()
    {
        var rendered = BlockKitRenderer.Render(Reply("0123456789abcdef01234567"));
        var message = JsonDocument.Parse(JsonSerializer.Serialize(new { blocks = rendered.Blocks.Select(b => JsonSerializer.SerializeToNode(b, SlackJsonContext.Default.Block)) })).RootElement;

        var once = FeedbackButtons.WithThanks(message, FeedbackButtons.Thanks("U0VOTER", Vote.Up))!;
        var again = FeedbackButtons.WithThanks(JsonDocument.Parse(new JsonObject { ["blocks"] = once.DeepClone() }.ToJsonString()).RootElement, FeedbackButtons.Thanks("U0OTHER", Vote.Down))!;

        Assert.Equal(rendered.Blocks.Count + 1, once.Count);
        Assert.Equal(once.Count, again.Count);
        Assert.Equal("Thanks <@U0OTHER> — 👎 recorded; click 👍 to change it.", again[^1]!["elements"]![0]!["text"]!.ToString());
        Assert.Equal("actions", again[^2]!["type"]!.ToString());
    }

    [Fact]
    public void Message_without_feedback_buttons_or_blocks_is_not_rewritten_and_a_strange_user_id_is_not_mentioned()
    {
        var noButtons = JsonDocument.Parse("""{"blocks":[{"type":"section","text":{"type":"mrkdwn","text":"hi"}}]}""").RootElement;
        var noBlocks = JsonDocument.Parse("""{"text":"hi"}""").RootElement;

        Assert.Null(FeedbackButtons.WithThanks(noButtons, "thanks"));
        Assert.Null(FeedbackButtons.WithThanks(noBlocks, "thanks"));
        Assert.Null(FeedbackButtons.WithThanks(null, "thanks"));
        Assert.Equal("Thanks — 👍 recorded; click 👎 to change it.", FeedbackButtons.Thanks("U1>|<!channel", Vote.Up));
    }
}
