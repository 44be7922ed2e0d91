using System.Text;
using System.Text.Json;
using Bot.Slack.Conversations;
using Bot.Slack.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Http;

// POST /slack/interactivity: button clicks over HTTP, a form body with one field, payload=<JSON>
// (https://api.slack.com/interactivity/handling). The signature over the raw body is checked before
// anything is parsed; then Slack gets its 200 at once (within 3 s or the person sees an error) and the
// vote is handled in the background by the same SlackInbox as Socket Mode.
internal sealed class InteractivityEndpoint(SlackSignatureVerifier verifier, SlackInbox inbox, ILogger<InteractivityEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var (body, check) = await SignedBody.ReadAsync(context, verifier, context.RequestAborted).ConfigureAwait(false);
        if (check != SignatureCheck.Valid || body is null)
        {
            SignedBody.Reject(context, check, logger);
            return;
        }

        BlockActions? click;
        try
        {
            click = BlockActions.FromForm(Encoding.UTF8.GetString(body));
        }
        catch (JsonException e)
        {
            logger.LogWarning("Unreadable interactivity payload: {Error}", e.Message);
            click = null;
        }

        if (click is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        inbox.AcceptInteraction(click, "http");
        context.Response.StatusCode = StatusCodes.Status200OK;
    }
}
