namespace Bot.Discord.Users;

/// <summary>A Discord user as the gateway and interactions send it (only the fields the bot reads).</summary>
internal sealed record DiscordUser(string Id, string? Username = null, string? GlobalName = null, bool? Bot = null)
{
    public string DisplayName => GlobalName ?? Username ?? Id;
}
