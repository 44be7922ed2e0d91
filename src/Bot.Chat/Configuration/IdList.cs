using Microsoft.Extensions.Configuration;

namespace Bot.Chat.Configuration;

// A list of platform ids (admins, roles, guilds) from configuration: a JSON array (Key:0, Key:1, …) or
// one string separated by commas, semicolons or spaces — easier to set in an environment variable.
public static class IdList
{
    public static string[] Read(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var values = section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? "");
        return values
            .SelectMany(v => v.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }
}
