namespace Bot.Discord.Gateway;

internal static class GatewayUri
{
    // https://discord.com/developers/docs/events/gateway: connect with v=10&encoding=json, on the first connection and on resume URLs alike.
    public static Uri Build(string url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;
}
