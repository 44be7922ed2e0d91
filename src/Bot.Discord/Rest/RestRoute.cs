namespace Bot.Discord.Rest;

// One REST call: its path, the template used for logs and rate-limit buckets (never the token in
// the path), the top-level resource that splits a bucket, and whether it needs the bot token.
internal sealed record RestRoute(HttpMethod Method, string Path, string Template, string Major, bool Authorized)
{
    public string Name => $"{Method.Method} {Template}";

    public static RestRoute GatewayBot() => new(HttpMethod.Get, "/gateway/bot", "/gateway/bot", "", true);

    public static RestRoute Commands(string applicationId, string? guildId) => guildId is null
        ? new(HttpMethod.Put, $"/applications/{E(applicationId)}/commands", "/applications/{application.id}/commands", applicationId, true)
        : new(HttpMethod.Put, $"/applications/{E(applicationId)}/guilds/{E(guildId)}/commands", "/applications/{application.id}/guilds/{guild.id}/commands", guildId, true);

    // Interaction endpoints are authorised by the interaction token itself and are not bound to the
    // global rate limit (https://discord.com/developers/docs/interactions/receiving-and-responding), so no bot token: HTTP-only mode works without one.
    public static RestRoute InteractionCallback(string interactionId, string token) =>
        new(HttpMethod.Post, $"/interactions/{E(interactionId)}/{E(token)}/callback", "/interactions/{interaction.id}/{interaction.token}/callback", interactionId, false);

    public static RestRoute EditOriginal(string applicationId, string token) =>
        new(HttpMethod.Patch, $"/webhooks/{E(applicationId)}/{E(token)}/messages/@original", "/webhooks/{application.id}/{interaction.token}/messages/@original", token, false);

    public static RestRoute DeleteOriginal(string applicationId, string token) =>
        new(HttpMethod.Delete, $"/webhooks/{E(applicationId)}/{E(token)}/messages/@original", "/webhooks/{application.id}/{interaction.token}/messages/@original", token, false);

    public static RestRoute CreateFollowup(string applicationId, string token) =>
        new(HttpMethod.Post, $"/webhooks/{E(applicationId)}/{E(token)}", "/webhooks/{application.id}/{interaction.token}", token, false);

    public static RestRoute CreateMessage(string channelId) =>
        new(HttpMethod.Post, $"/channels/{E(channelId)}/messages", "/channels/{channel.id}/messages", channelId, true);

    public static RestRoute StartThreadFromMessage(string channelId, string messageId) =>
        new(HttpMethod.Post, $"/channels/{E(channelId)}/messages/{E(messageId)}/threads", "/channels/{channel.id}/messages/{message.id}/threads", channelId, true);

    private static string E(string segment) => Uri.EscapeDataString(segment);
}
