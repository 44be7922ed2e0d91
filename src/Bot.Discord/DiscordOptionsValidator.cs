using Microsoft.Extensions.Options;

namespace Bot.Discord;

// One clear line per bad setting, naming the key and what is expected. Never echoes the token.
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var errors = new List<string>();
        if (!options.HasToken && !options.HasPublicKey)
        {
            errors.Add("Discord: set Discord:Token (gateway) and/or Discord:PublicKey (HTTP interactions endpoint).");
        }

        if (options.HasToken && options.Token!.Trim().StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("Discord:Token must be the token alone, without the \"Bot \" prefix.");
        }

        if (!IsSnowflake(options.ApplicationId))
        {
            errors.Add("Discord:ApplicationId is required: the application's numeric id (Developer Portal → General Information → Application ID).");
        }

        if (options.HasPublicKey && !IsHex(options.PublicKey!.Trim(), 64))
        {
            errors.Add("Discord:PublicKey must be the application's public key, 64 hexadecimal characters (Developer Portal → General Information → Public Key).");
        }

        foreach (var (key, ids) in new[] { ("GuildIds", options.GuildIds), ("AdminUserIds", options.AdminUserIds), ("AdminRoleIds", options.AdminRoleIds) })
        {
            if (ids.FirstOrDefault(id => !IsSnowflake(id)) is { } bad)
            {
                errors.Add($"Discord:{key} must be numeric Discord ids (comma-separated or an array); \"{bad}\" is not one.");
            }
        }

        if (options.ShardId.HasValue != options.ShardCount.HasValue)
        {
            errors.Add("Discord:ShardId and Discord:ShardCount must be set together (or neither).");
        }
        else if (options.ShardCount is { } count && (count < 1 || options.ShardId < 0 || options.ShardId >= count))
        {
            errors.Add("Discord:ShardCount must be at least 1 and Discord:ShardId between 0 and ShardCount - 1.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("https" or "http"))
        {
            errors.Add($"Discord:ApiBaseUrl must be an absolute http(s) URL (default {DiscordOptions.DefaultApiBaseUrl}).");
        }

        if (!string.IsNullOrWhiteSpace(options.GatewayUrl)
            && (!Uri.TryCreate(options.GatewayUrl, UriKind.Absolute, out var gateway) || gateway.Scheme is not ("wss" or "ws")))
        {
            errors.Add("Discord:GatewayUrl must be an absolute ws(s) URL, or unset to use GET /gateway/bot.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsSnowflake(string? id) => !string.IsNullOrWhiteSpace(id) && id.Length <= 20 && id.All(char.IsAsciiDigit);

    private static bool IsHex(string text, int length) => text.Length == length && text.All(char.IsAsciiHexDigit);
}
