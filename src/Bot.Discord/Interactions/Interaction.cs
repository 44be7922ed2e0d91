using Bot.Discord.Users;

namespace Bot.Discord.Interactions;

/// <summary>
/// An interaction, as the HTTP endpoint's body or the <c>d</c> of INTERACTION_CREATE (the same
/// object, FACTS A2). <see cref="Member"/> is sent in guilds, <see cref="User"/> in DMs.
/// </summary>
internal sealed record Interaction(
    string Id,
    int Type,
    string Token,
    string? ApplicationId = null,
    InteractionData? Data = null,
    string? GuildId = null,
    string? ChannelId = null,
    GuildMember? Member = null,
    DiscordUser? User = null)
{
    public DiscordUser? Caller => Member?.User ?? User;

    // The interaction token is a credential for 15 minutes: keep it out of anything that prints records.
    public override string ToString() => $"Interaction {{ Id = {Id}, Type = {Type}, Command = {Data?.Name} }}";
}
