using System.Text.Json;
using Bot.Chat.Conversations;
using Bot.Slack.Rendering;
using Bot.Slack.WebApi;
using Bot.Slack.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Slack.Conversations;

// A click on an answer's 👍 or 👎 (a block_actions payload, over Socket Mode or HTTP, already
// acknowledged): the vote goes to the question log through ChatService.Vote (one per person per
// answer; a second click replaces the first), then the message is replaced through the click's
// response_url by the same answer and buttons with a thanks line, so the voter sees it was taken.
// Clicks on anything else are ignored.
internal sealed class FeedbackHandler(ChatService chat, SlackApiClient api, IOptions<SlackOptions> options, ILogger<FeedbackHandler> logger)
{
    public async Task HandleAsync(BlockActions click, CancellationToken cancellationToken)
    {
        // One click carries one action; the last feedback action wins should Slack ever batch them.
        var action = click.Actions?.LastOrDefault(a => FeedbackButtons.VoteOf(a.ActionId) is not null);
        if (action is null || FeedbackButtons.VoteOf(action.ActionId) is not { } vote || click.User?.Id is not { Length: > 0 } userId)
        {
            logger.LogDebug("Ignoring a block_actions click that is not a 👍/👎 from a person");
            return;
        }

        var user = new ChatUser("slack", userId, options.Value.IsAdmin(userId), click.User.Username);
        if (action.Value is not { Length: > 0 } answerId || !chat.Vote(user, answerId, vote))
        {
            logger.LogInformation("A {Vote} from Slack user {UserId} was not recorded: the question log is off or the answer id is not one the bot gives", vote, userId);
            return;
        }

        if (click.ResponseUrl is not { Length: > 0 } responseUrl)
        {
            return;
        }

        var thanks = FeedbackButtons.Thanks(userId, vote);
        var update = FeedbackButtons.WithThanks(click.Message, thanks) is { } blocks
            ? new ResponseUrlUpdate(ReplaceOriginal: true, MessageText(click.Message) ?? thanks, blocks)
            : new ResponseUrlUpdate(ReplaceOriginal: false, thanks, FeedbackButtons.ThanksOnly(thanks), SlackOptions.Ephemeral);
        await api.RespondAsync(responseUrl, update, cancellationToken).ConfigureAwait(false);
    }

    // The message's fallback text, kept as it was (it is what notifications and screen readers show).
    private static string? MessageText(JsonElement? message) =>
        message is { ValueKind: JsonValueKind.Object } m && m.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String && text.GetString() is { Length: > 0 } s
            ? s
            : null;
}
