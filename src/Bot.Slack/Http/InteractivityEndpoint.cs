using System.Text;
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
        var click = await SignedBody.ReadAsync(context, verifier, body => BlockActions.FromForm(Encoding.UTF8.GetString(body)), "interactivity payload", logger).ConfigureAwait(false);
        if (click is null)
        {
            return;
        }

        inbox.AcceptInteraction(click, "http");
        context.Response.StatusCode = StatusCodes.Status200OK;
    }
}
