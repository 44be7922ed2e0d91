using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace Bot.Slack.Wire;

// A click on a button: the block_actions payload (https://api.slack.com/reference/interaction-payloads/block-actions).
// Over HTTP it is the JSON in the form field "payload"; over Socket Mode the payload of an
// "interactive" envelope. Message is kept raw: it is the message as Slack shows it, which the
// bot sends back (with a thanks line) to update it.
internal sealed record BlockActions(
    string? Type,
    InteractionUser? User,
    InteractionContainer? Container,
    InteractionChannel? Channel,
    JsonElement? Message,
    string? ResponseUrl,
    string? TriggerId,
    IReadOnlyList<BlockAction>? Actions)
{
    // The payload of an interactivity POST body (payload=<url-encoded JSON>), or null.
    public static BlockActions? FromForm(string body)
    {
        var form = QueryHelpers.ParseQuery(body);
        if (!form.TryGetValue("payload", out var payload) || string.IsNullOrWhiteSpace(payload))
        {
            return null;
        }

        return JsonSerializer.Deserialize(payload.ToString(), SlackJsonContext.Default.BlockActions);
    }
}

internal sealed record InteractionUser(string? Id, string? Username, string? Name, string? TeamId);

// Where the clicked element is: for a message, its channel and ts and whether it is ephemeral.
internal sealed record InteractionContainer(string? Type, string? MessageTs, string? ChannelId, bool IsEphemeral);

internal sealed record InteractionChannel(string? Id, string? Name);

// One action of the click: which element (action_id, block_id) and the value it carries.
internal sealed record BlockAction(string? ActionId, string? BlockId, string? Type, string? Value, string? ActionTs);

// A post to an interaction's response_url: replace_original true swaps the clicked message for this
// one (ephemeral messages too); false posts a new message, ephemeral by default
// (https://api.slack.com/interactivity/handling#message_responses).
internal sealed record ResponseUrlUpdate(bool ReplaceOriginal, string Text, JsonArray? Blocks, string? ResponseType = null);
