using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Http;

// Reads a request's raw bytes (the signature covers them exactly, before any parsing) and checks the signature.
internal static class SignedBody
{
    // Slack's event and command payloads are a few kilobytes; anything far bigger is not from Slack.
    private const int MaxBytes = 1 << 20;

    public static async Task<(byte[]? Body, SignatureCheck Check)> ReadAsync(HttpContext context, SlackSignatureVerifier verifier, CancellationToken cancellationToken)
    {
        if (context.Request.ContentLength > MaxBytes)
        {
            return (null, SignatureCheck.Malformed);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return (null, SignatureCheck.Malformed);
            }

            buffer.Write(chunk, 0, read);
        }

        var body = buffer.ToArray();
        var headers = context.Request.Headers;
        return (body, verifier.Verify(headers[SlackSignatureVerifier.TimestampHeader], headers[SlackSignatureVerifier.SignatureHeader], body));
    }

    // A signed JSON payload parsed by parse: null when the request was answered here instead — 401 for a
    // bad signature, 400 for a body that does not parse (what names it in the log).
    public static async Task<T?> ReadAsync<T>(HttpContext context, SlackSignatureVerifier verifier, Func<byte[], T?> parse, string what, ILogger logger)
        where T : class
    {
        var (body, check) = await ReadAsync(context, verifier, context.RequestAborted).ConfigureAwait(false);
        if (check != SignatureCheck.Valid || body is null)
        {
            Reject(context, check, logger);
            return null;
        }

        T? parsed;
        try
        {
            parsed = parse(body);
        }
        catch (JsonException e)
        {
            logger.LogWarning("Unreadable {What}: {Error}", what, e.Message);
            parsed = null;
        }

        if (parsed is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return parsed;
    }

    public static void Reject(HttpContext context, SignatureCheck check, ILogger logger)
    {
        // Slack: a request that fails verification is ignored; 401 and nothing else happens (https://api.slack.com/authentication/verifying-requests-from-slack).
        logger.LogWarning("Rejected a request to {Path}: signature {Check}", context.Request.Path.Value, check);
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
    }
}
