using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using Bot.Chat.Metrics;
using Bot.Slack.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Slack.WebApi;

// The few Web API methods the bot calls, and response_url posts. JSON bodies, buffered so they
// go with a Content-Length as every Slack SDK sends them, with the token in Authorization: Bearer
// (https://api.slack.com/apis/rate-limits). HTTP 429 waits Retry-After and retries (Slack did not carry the request out).
// Otherwise a call that posts something (chat.postMessage, chat.postEphemeral, response_url) is
// retried only when the request provably never reached Slack (DNS, connection refused, TLS): after a
// timeout or a 5xx it may have been carried out, and a retry could post the answer twice, so it is
// logged and given up. Idempotent calls (auth.test, reactions) retry 5xx and network errors with
// backoff. All bounded. {"ok": false} is logged with the method and the error code. Tokens and
// response URLs never reach a log line.
internal sealed class SlackApiClient(IHttpClientFactory httpClients, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackApiClient> logger, BotMetrics metrics)
{
    public const string ApiClient = "slack-api";
    public const string ResponseUrlClient = "slack-response-url";

    private const int MaxAttempts = 4;
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    public Task<AuthTestResponse?> AuthTestAsync(CancellationToken cancellationToken) =>
        CallAsync("auth.test", NoArguments, SlackJsonContext.Default.AuthTestResponse, options.Value.BotToken!, Delivery.Idempotent, cancellationToken);

    // Socket Mode: the app-level token, in the header (passing it as a parameter is an error, https://api.slack.com/apis/socket-mode).
    public Task<ConnectionsOpenResponse?> OpenConnectionAsync(CancellationToken cancellationToken) =>
        CallAsync("apps.connections.open", NoArguments, SlackJsonContext.Default.ConnectionsOpenResponse, options.Value.AppToken!, Delivery.Idempotent, cancellationToken);

    public Task<bool> PostMessageAsync(PostMessageRequest request, CancellationToken cancellationToken) =>
        CallBotAsync("chat.postMessage", request, SlackJsonContext.Default.PostMessageRequest, Delivery.AtMostOnce, cancellationToken);

    public Task<bool> PostEphemeralAsync(PostEphemeralRequest request, CancellationToken cancellationToken) =>
        CallBotAsync("chat.postEphemeral", request, SlackJsonContext.Default.PostEphemeralRequest, Delivery.AtMostOnce, cancellationToken);

    public Task<bool> AddReactionAsync(ReactionRequest request, CancellationToken cancellationToken) =>
        CallBotAsync("reactions.add", request, SlackJsonContext.Default.ReactionRequest, Delivery.Idempotent, cancellationToken);

    public Task<bool> RemoveReactionAsync(ReactionRequest request, CancellationToken cancellationToken) =>
        CallBotAsync("reactions.remove", request, SlackJsonContext.Default.ReactionRequest, Delivery.Idempotent, cancellationToken);

    // A slash command's answer: POST JSON to its response_url (up to 5 times in 30 minutes, https://api.slack.com/interactivity/slash-commands).
    public Task<bool> RespondAsync(string responseUrl, ResponseUrlMessage message, CancellationToken cancellationToken) =>
        RespondAsync(responseUrl, () => Json(message, SlackJsonContext.Default.ResponseUrlMessage), Delivery.AtMostOnce, cancellationToken);

    // A button click's answer to its response_url: replacing the clicked message twice changes nothing,
    // so that may be retried; a new message may not (https://api.slack.com/interactivity/handling#message_responses).
    public Task<bool> RespondAsync(string responseUrl, ResponseUrlUpdate update, CancellationToken cancellationToken) =>
        RespondAsync(responseUrl, () => Json(update, SlackJsonContext.Default.ResponseUrlUpdate), update.ReplaceOriginal ? Delivery.Idempotent : Delivery.AtMostOnce, cancellationToken);

    private async Task<bool> RespondAsync(string responseUrl, Func<HttpContent> content, Delivery delivery, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            logger.LogWarning("A slash command or button click came with an unusable response_url; it cannot be answered");
            return false;
        }

        using var response = await SendAsync(ResponseUrlClient, "response_url", () => new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = content(),
        }, delivery, cancellationToken).ConfigureAwait(false);
        if (response is null)
        {
            return false;
        }

        if (!response.IsSuccessStatusCode)
        {
            metrics.ApiError("slack");
            var error = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            logger.LogWarning("Slack response_url answered HTTP {Status}: {Error}", (int)response.StatusCode, error.Length > 200 ? error[..200] : error);
            return false;
        }

        return true;
    }

    // A method without arguments gets an empty form body, as Slack's SDKs send it: the token is in the header.
    private static HttpContent NoArguments() => new FormUrlEncodedContent([]);

    // Serialized up front: JsonContent streams, which goes out chunked. Legal, but Slack's SDKs all send
    // a Content-Length and Slack's own mock servers read only that.
    private static ByteArrayContent Json<T>(T value, JsonTypeInfo<T> type) =>
        new(JsonSerializer.SerializeToUtf8Bytes(value, type)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } };

    private async Task<bool> CallBotAsync<TRequest>(string method, TRequest request, JsonTypeInfo<TRequest> requestType, Delivery delivery, CancellationToken cancellationToken) =>
        (await CallAsync(method, () => Json(request, requestType), SlackJsonContext.Default.SlackResponse, options.Value.BotToken!, delivery, cancellationToken).ConfigureAwait(false))?.Ok == true;

    private async Task<TResponse?> CallAsync<TResponse>(
        string method, Func<HttpContent> content, JsonTypeInfo<TResponse> responseType, string token, Delivery delivery, CancellationToken cancellationToken)
        where TResponse : class, ISlackResponse
    {
        using var response = await SendAsync(ApiClient, method, () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = content() };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return request;
        }, delivery, cancellationToken).ConfigureAwait(false);
        if (response is null)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            metrics.ApiError("slack");
            logger.LogWarning("Slack {Method} answered HTTP {Status}", method, (int)response.StatusCode);
            return null;
        }

        TResponse? result;
        try
        {
            result = await response.Content.ReadFromJsonAsync(responseType, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            logger.LogWarning("Slack {Method} answered something that is not its JSON: {Error}", method, e.Message);
            return null;
        }

        if (result is { Ok: false })
        {
            metrics.ApiError("slack");
            logger.LogWarning("Slack {Method} failed: {Error}", method, result.Error ?? "unknown_error");
        }

        return result;
    }

    // Sends with bounded retries; null when every attempt failed (already logged).
    private async Task<HttpResponseMessage?> SendAsync(string client, string what, Func<HttpRequestMessage> create, Delivery delivery, CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(client);
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                using var request = create();
                response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                if (delivery == Delivery.AtMostOnce && !NeverArrived(e))
                {
                    metrics.ApiError("slack");
                    logger.LogWarning("Slack {What} failed ({Error}) after the request may have reached Slack; not retrying, so nothing is posted twice", what, e.Message);
                    return null;
                }

                if (attempt >= MaxAttempts)
                {
                    metrics.ApiError("slack");
                    logger.LogWarning("Slack {What} failed after {Attempts} attempts: {Error}", what, attempt, e.Message);
                    return null;
                }

                var delay = Backoff.Delay(attempt, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(8));
                logger.LogInformation("Slack {What} failed ({Error}); retrying in {Delay:0.0} s", what, e.Message, delay.TotalSeconds);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                metrics.RateLimited("slack");
            }

            if (attempt < MaxAttempts && response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                // Slack: over a rate limit, HTTP 429 with Retry-After: <seconds> (https://api.slack.com/apis/rate-limits).
                var wait = RetryAfter(response);
                if (wait <= MaxRetryAfter)
                {
                    response.Dispose();
                    logger.LogInformation("Slack {What} is rate limited; retrying in {Seconds:0.#} s", what, wait.TotalSeconds);
                    await WaitAtLeastAsync(wait, cancellationToken).ConfigureAwait(false);
                    continue;
                }
            }

            if ((int)response.StatusCode >= 500 && delivery == Delivery.AtMostOnce)
            {
                logger.LogWarning("Slack {What} answered HTTP {Status}; not retrying: Slack may have carried it out, and a retry could post twice", what, (int)response.StatusCode);
                return response;
            }

            if (attempt < MaxAttempts && (int)response.StatusCode >= 500)
            {
                response.Dispose();
                var delay = Backoff.Delay(attempt, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(8));
                logger.LogInformation("Slack {What} answered HTTP {Status}; retrying in {Delay:0.0} s", what, (int)response.StatusCode, delay.TotalSeconds);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            return response;
        }
    }

    // True when the request cannot have reached Slack: the name did not resolve, or no connection (or
    // no TLS session) was ever established, so nothing was sent. A timeout, a reset or an ended
    // response may come after Slack read the request.
    private static bool NeverArrived(Exception e) =>
        e is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError }
        || e.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused or System.Net.Sockets.SocketError.HostNotFound or System.Net.Sockets.SocketError.TryAgain };

    // Retry-After is a minimum, but timers run on a coarse tick and may fire a few milliseconds
    // early: measure, and wait out whatever is left.
    private async Task WaitAtLeastAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        var start = time.GetTimestamp();
        for (var left = wait; left > TimeSpan.Zero; left = wait - time.GetElapsedTime(start))
        {
            await Task.Delay(left + TimeSpan.FromMilliseconds(1), time, cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : DefaultRetryAfter);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }
}
