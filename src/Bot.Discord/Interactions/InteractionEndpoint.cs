using System.Text.Json;
using Bot.Discord.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Interactions;

// POST /discord/interactions: verifies the signature, then hands the interaction to the
// shared InteractionHandler, whose initial response becomes this HTTP response
// (https://discord.com/developers/docs/interactions/receiving-and-responding, "reply inline"). Work after it (the @original edit) runs once the response is sent.
// A stale timestamp gets 401 like a bad signature, a replayed interaction id 409; neither does anything.
internal sealed class InteractionEndpoint(
    InteractionSignature signature,
    InteractionHandler handler,
    ILogger<InteractionEndpoint> logger)
{
    public const string Path = "/discord/interactions";

    private const int MaxBodyBytes = 1 << 20;
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(10);

    public async Task HandleAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        var headers = context.Request.Headers;
        var check = body is null ? SignatureCheck.Invalid : signature.Check(headers["X-Signature-Ed25519"], headers["X-Signature-Timestamp"], body);
        if (check != SignatureCheck.Valid)
        {
            logger.LogWarning("Refused a request to {Path}: Ed25519 signature {Check}", Path, check);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException e)
        {
            logger.LogWarning("A signed interaction did not parse: {Error}", e.Message);
            interaction = null;
        }

        if (interaction is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var initial = new TaskCompletionSource<InteractionResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        context.Response.OnCompleted(() =>
        {
            sent.TrySetResult();
            return Task.CompletedTask;
        });

        // Not tied to the request: the edit outlives it, in the answer pipeline that the host drains at
        // shutdown. The responder returns only once Discord has the initial response, so an edit never
        // races ahead of the message it edits.
        var work = handler.Accept(
            interaction,
            async (response, ct) =>
            {
                initial.TrySetResult(response);
                await sent.Task.WaitAsync(SendTimeout, ct).ConfigureAwait(false);
            });

        if (work is null)
        {
            // An interaction id already taken. Discord delivers an interaction once, its one
            // initial response due within 3 s (https://discord.com/developers/docs/interactions/receiving-and-responding), so a second copy is a captured request
            // replayed inside the timestamp window. Its signature is genuine, so not 401, which
            // would point whoever reads the logs at a wrong public key: 409, already handled,
            // and nothing done. The original got its answer the first time.
            logger.LogWarning("Refused a replay of Discord interaction {InteractionId} at {Path}: already handled", interaction.Id, Path);
            context.Response.StatusCode = StatusCodes.Status409Conflict;
            return;
        }

        if (await Task.WhenAny(initial.Task, work).ConfigureAwait(false) != initial.Task)
        {
            // The work ended without any initial response, not even the apology.
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(await initial.Task.ConfigureAwait(false), DiscordJsonContext.Default.InteractionResponse);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = json.Length;
        await context.Response.Body.WriteAsync(json, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
