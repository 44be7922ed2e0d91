namespace Bot.Discord.Gateway;

internal static class GatewayUri
{
    /// <summary>FACTS A1: connect with <c>v=10&amp;encoding=json</c>, on the first connection and on resume URLs alike.</summary>
    public static Uri Build(string url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;
}
