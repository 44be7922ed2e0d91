using System.Net.Http.Headers;
using System.Net;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using Bot.Discord.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Rest;

// The REST calls the bot makes (https://discord.com/developers/docs/interactions/receiving-and-responding, A3), through IHttpClientFactory, with
// per-bucket rate limits and 429 retries. Logs name the route template, never a token.
internal sealed class DiscordRestClient(
    IHttpClientFactory httpClients,
    RestRateLimiter rateLimits,
    IOptions<DiscordOptions> options,
    ILogger<DiscordRestClient> logger,
    Bot.Chat.Metrics.BotMetrics metrics)
{
    public const string HttpClientName = "Bot.Discord";

    // https://discord.com/developers/docs/reference: "DiscordBot ($url, $versionNumber)" is required; without it Cloudflare may block requests.
    public static readonly string UserAgent =
        $"DiscordBot (https://github.com/, {Bot.Chat.BotVersion.Number})";
    private const int MaxAttempts = 4;

    // Longer waits are not worth it: an interaction token lives 15 minutes, and a shared-scope 429 can ask for 20 (https://discord.com/developers/docs/topics/rate-limits).
    private static readonly TimeSpan MaxRetryWait = TimeSpan.FromSeconds(60);

    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private volatile bool _tokenRejected;

    private DiscordOptions Options => options.Value;

    public async Task<GatewayBotResponse> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        Read(await SendAsync(RestRoute.GatewayBot(), null, cancellationToken).ConfigureAwait(false), DiscordJsonContext.Default.GatewayBotResponse);

    // Bulk overwrite (https://discord.com/developers/docs/reference): the commands become exactly this list. Returns how many Discord holds.
    public async Task<int> OverwriteCommandsAsync(string? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand);
        var response = await SendAsync(RestRoute.Commands(Options.ApplicationId!, guildId), body, cancellationToken).ConfigureAwait(false);
        using var document = JsonDocument.Parse(response);
        return document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement.GetArrayLength() : 0;
    }

    public Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken) =>
        SendAsync(RestRoute.InteractionCallback(interactionId, interactionToken), Serialize(response, DiscordJsonContext.Default.InteractionResponse), cancellationToken);

    // Returns the edited message's id, as CreateMessageAsync does.
    public async Task<string?> EditOriginalResponseAsync(string interactionToken, MessagePayload message, CancellationToken cancellationToken) =>
        MessageId(await SendAsync(RestRoute.EditOriginal(Options.ApplicationId!, interactionToken), Serialize(message, DiscordJsonContext.Default.MessagePayload), cancellationToken).ConfigureAwait(false));

    public Task DeleteOriginalResponseAsync(string interactionToken, CancellationToken cancellationToken) =>
        SendAsync(RestRoute.DeleteOriginal(Options.ApplicationId!, interactionToken), null, cancellationToken);

    public Task CreateFollowupAsync(string interactionToken, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync(RestRoute.CreateFollowup(Options.ApplicationId!, interactionToken), Serialize(message, DiscordJsonContext.Default.MessagePayload), cancellationToken);

    // Returns the new message's id (null if Discord's answer has none), so an answer can be tied to its conversation.
    public async Task<string?> CreateMessageAsync(string channelId, MessagePayload message, CancellationToken cancellationToken) =>
        MessageId(await SendAsync(RestRoute.CreateMessage(channelId), Serialize(message, DiscordJsonContext.Default.MessagePayload), cancellationToken).ConfigureAwait(false));

    // A public thread from a message (https://discord.com/developers/docs/resources/channel#start-thread-from-message); returns the thread.
    public async Task<DiscordChannel> StartThreadFromMessageAsync(string channelId, string messageId, StartThreadRequest thread, CancellationToken cancellationToken) =>
        Read(
            await SendAsync(RestRoute.StartThreadFromMessage(channelId, messageId), Serialize(thread, DiscordJsonContext.Default.StartThreadRequest), cancellationToken).ConfigureAwait(false),
            DiscordJsonContext.Default.DiscordChannel);

    private async Task<byte[]> SendAsync(RestRoute route, byte[]? body, CancellationToken cancellationToken)
    {
        if (route.Authorized)
        {
            if (!Options.HasToken)
            {
                throw new DiscordApiException(HttpStatusCode.Unauthorized, null, $"{route.Name} needs Discord:Token, which is not set.");
            }

            // https://discord.com/developers/docs/topics/rate-limits: 401/403/429 responses count toward a temporary IP ban. Once the token has
            // been refused, stop asking until the process restarts with a new one.
            if (_tokenRejected)
            {
                throw new DiscordApiException(HttpStatusCode.Unauthorized, null, "Discord rejected Discord:Token earlier; not calling again.");
            }
        }

        var uri = new Uri(Options.ApiBaseUrl.TrimEnd('/') + route.Path);
        for (var attempt = 1; ; attempt++)
        {
            await rateLimits.WaitAsync(route, cancellationToken).ConfigureAwait(false);
            using var request = new HttpRequestMessage(route.Method, uri);
            if (route.Authorized)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bot", Options.Token!.Trim());
            }

            if (body is not null)
            {
                request.Content = new ByteArrayContent(body) { Headers = { ContentType = Json } };
            }

            var client = httpClients.CreateClient(HttpClientName);
            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var headers = RateLimitHeaders.From(response.Headers);
            rateLimits.Update(route, headers);
            if (response.IsSuccessStatusCode)
            {
                return bytes;
            }

            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                metrics.RateLimited("discord");
                var limited = ReadRateLimited(bytes);
                var retryAfter = limited?.RetryAfter is { } s ? TimeSpan.FromSeconds(s) : headers.RetryAfter ?? TimeSpan.FromSeconds(1);
                var global = limited?.Global == true || headers.Global;
                rateLimits.OnRateLimited(route, retryAfter, global);
                if (attempt >= MaxAttempts || retryAfter > MaxRetryWait)
                {
                    logger.LogError("Discord rate limited {Route} for {Seconds:0.##} s ({Scope}); giving up", route.Name, retryAfter.TotalSeconds, headers.Scope ?? (global ? "global" : "bucket"));
                    throw new DiscordApiException(response.StatusCode, limited?.Code, $"rate limited for {retryAfter.TotalSeconds:0.##} s");
                }

                logger.LogWarning("Discord rate limited {Route} ({Scope}); retrying in {Seconds:0.##} s", route.Name, headers.Scope ?? (global ? "global" : "bucket"), retryAfter.TotalSeconds);
                continue;
            }

            metrics.ApiError("discord");
            var (code, text) = DiscordError.Describe(bytes);
            if (response.StatusCode == HttpStatusCode.Unauthorized && route.Authorized)
            {
                _tokenRejected = true;
                logger.LogError("Discord rejected Discord:Token on {Route}: {Error}. Reset the token in the Developer Portal (Bot → Reset Token) and update the setting", route.Name, text);
            }
            else
            {
                logger.LogError("Discord {Route} failed with {Status}: {Error}", route.Name, (int)response.StatusCode, text);
            }

            throw new DiscordApiException(response.StatusCode, code, text);
        }
    }

    private static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);

    private static T Read<T>(byte[] body, JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.Deserialize(body, typeInfo) ?? throw new JsonException($"empty {typeof(T).Name}");

    // The id of a message object, read alone: the rest of the object is not the bot's concern.
    private static string? MessageId(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static RateLimitedResponse? ReadRateLimited(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, DiscordJsonContext.Default.RateLimitedResponse);
        }
        catch (JsonException)
        {
            return null; // e.g. an HTML page from Cloudflare: fall back to the Retry-After header
        }
    }
}
