using System.Text;
using Bot.Slack.Conversations;
using Bot.Slack.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Http;

// POST /slack/commands: slash commands over HTTP. Signature first; then an empty 200 at once
// (Slack shows operation_timeout after 3 s, https://api.slack.com/interactivity/slash-commands) and the answer goes to response_url
// from the background, through the same SlackInbox as Socket Mode.
internal sealed class CommandsEndpoint(SlackSignatureVerifier verifier, SlackInbox inbox, ILogger<CommandsEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var (body, check) = await SignedBody.ReadAsync(context, verifier, context.RequestAborted).ConfigureAwait(false);
        var text = body is null ? "" : Encoding.UTF8.GetString(body);
        if (check != SignatureCheck.Valid || body is null)
        {
            // Slack's SDKs acknowledge its certificate check without a signature (https://api.slack.com/interactivity/slash-commands, BOLTJS); it does nothing here either way.
            if (body is not null && SlashCommand.IsSslCheck(text))
            {
                context.Response.StatusCode = StatusCodes.Status200OK;
                return;
            }

            SignedBody.Reject(context, check, logger);
            return;
        }

        if (SlashCommand.IsSslCheck(text))
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        inbox.AcceptCommand(SlashCommand.FromForm(text), "http");
        context.Response.StatusCode = StatusCodes.Status200OK;
    }
}
