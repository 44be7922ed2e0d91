using System.Globalization;
using System.Text.Json;
using Bot.Slack.Conversations;
using Bot.Slack.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Http;

// POST /slack/events: the Events API over HTTP. The signature is checked before anything
// else; then Slack gets its 200 at once (it expects one within 3 s, https://api.slack.com/apis/events-api) and the answer is
// worked out in the background by the same SlackInbox Socket Mode uses.
internal sealed class EventsEndpoint(SlackSignatureVerifier verifier, SlackInbox inbox, ILogger<EventsEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var callback = await SignedBody.ReadAsync(context, verifier, body => JsonSerializer.Deserialize(body, SlackJsonContext.Default.EventCallback), "Events API body", logger).ConfigureAwait(false);
        if (callback is null)
        {
            return;
        }

        if (callback.Type == "url_verification")
        {
            // Answer the challenge as text/plain, one of the three accepted forms (url_verification_responses.txt).
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync(callback.Challenge ?? "", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var headers = context.Request.Headers;
        var retry = int.TryParse(headers["X-Slack-Retry-Num"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        inbox.AcceptEvent(callback, retry, headers["X-Slack-Retry-Reason"].ToString(), "http");
        context.Response.StatusCode = StatusCodes.Status200OK;
    }
}
