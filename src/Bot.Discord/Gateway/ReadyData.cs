using System.Text.Json;
using Bot.Discord.Users;

namespace Bot.Discord.Gateway;

/// <summary>READY's <c>d</c> (FACTS A1): the bot's own user, and what a RESUME needs.</summary>
internal sealed record ReadyData(string SessionId, string ResumeGatewayUrl, DiscordUser User, IReadOnlyList<JsonElement>? Guilds = null);
