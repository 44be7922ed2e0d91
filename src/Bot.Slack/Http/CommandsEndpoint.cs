using System.Text;
using Bot.Slack.Conversations;
using Bot.Slack.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Http;

/// <summary>
/// <c>POST /slack/commands</c>: slash commands over HTTP. Signature first; then an empty 200 at once
/// (Slack shows <c>operation_timeout</c> after 3 s, FACTS B3) and the answer goes to <c>response_url</c>
/// from the background, through the same <see cref="SlackInbox"/> as Socket Mode.
/// </summary>
internal sealed class CommandsEndpoint(SlackSignatureVerifier verifier, SlackInbox inbox, ILogger<CommandsEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var (body, check) = await SignedBody.ReadAsync(context, verifier, context.RequestAborted).ConfigureAwait(false);
        var text = body is null ? "" : Encoding.UTF8.GetString(body);
        if (check != SignatureCheck.Valid || body is null)
        {
            // Slack's SDKs acknowledge its certificate check without a signature (FACTS B3, BOLTJS); it does nothing here either way.
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
