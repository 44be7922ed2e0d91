using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bot.Chat.Questions;
using Bot.Slack.Wire;

namespace Bot.Slack.Rendering;

// 👍 and 👎 under every answer that can be rated (AnswerReply.AnswerId set), and the message a click
// turns it into: the same answer and buttons, with a thanks line under the buttons, so others can
// still vote and the voter can change their mind. Kept apart from BlockKitRenderer's answer layout.
internal static partial class FeedbackButtons
{
    public const string UpActionId = "feedback_up";
    public const string DownActionId = "feedback_down";
    public const string ThanksBlockId = "feedback_thanks";

    // What an answer leaves free for them: the actions block and the thanks line a click adds.
    public const int ReservedBlocks = 2;
    public const int ReservedText = 300;

    public static Block For(string answerId) => Block.Actions(
    [
        new Button(TextObject.Plain("👍"), UpActionId, answerId, "This answer helped"),
        new Button(TextObject.Plain("👎"), DownActionId, answerId, "This answer did not help"),
    ]);

    public static Vote? VoteOf(string? actionId) => actionId switch
    {
        UpActionId => Vote.Up,
        DownActionId => Vote.Down,
        _ => null,
    };

    public static string Thanks(string userId, Vote vote)
    {
        var (given, other) = vote == Vote.Up ? ("👍", "👎") : ("👎", "👍");
        var who = UserId().IsMatch(userId) ? $" <@{userId}>" : "";
        return $"Thanks{who} — {given} recorded; click {other} to change it.";
    }

    // The clicked message's blocks (as Slack sent them back in the payload) with the thanks line
    // placed under the feedback buttons, replacing an earlier one; null when the payload has no
    // message blocks (an ephemeral message) or no feedback buttons in them.
    public static JsonArray? WithThanks(JsonElement? message, string thanks)
    {
        if (message is not { ValueKind: JsonValueKind.Object } m
            || !m.TryGetProperty("blocks", out var blocks)
            || blocks.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var result = new JsonArray();
        var placed = false;
        foreach (var element in blocks.EnumerateArray())
        {
            if (JsonNode.Parse(element.GetRawText()) is not JsonObject block || block["block_id"]?.GetValue<string>() == ThanksBlockId)
            {
                continue;
            }

            var feedback = IsFeedback(block);
            if (feedback)
            {
                // Block Kit: an updated message gets new block_ids on its interactive blocks; Slack assigns one when none is given.
                block.Remove("block_id");
            }

            result.Add(block);
            if (feedback && !placed)
            {
                result.Add(ThanksBlock(thanks));
                placed = true;
            }
        }

        return placed ? result : null;
    }

    // The thanks line as its own message, for a clicked message whose blocks the payload does not carry.
    public static JsonArray ThanksOnly(string thanks) => [ThanksBlock(thanks)];

    // Thanks holds no outside text (the user id is checked above), so it needs no escaping.
    private static JsonNode? ThanksBlock(string thanks) => JsonSerializer.SerializeToNode(Block.Context(thanks, ThanksBlockId), SlackJsonContext.Default.Block);

    private static bool IsFeedback(JsonObject block) =>
        block["type"]?.GetValue<string>() == "actions"
        && block["elements"] is JsonArray elements
        && elements.Any(e => e?["action_id"]?.GetValue<string>() is UpActionId or DownActionId);

    [GeneratedRegex("^[A-Z0-9]{2,32}$")]
    private static partial Regex UserId();
}
