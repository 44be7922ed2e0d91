using System.Text.Json;

namespace Bot.Discord.Interactions;

/// <summary>One option of an invoked command: <c>{type, name, value}</c>; STRING is type 3 (FACTS A2).</summary>
internal sealed record InteractionOption(string Name, int Type, JsonElement? Value = null)
{
    public string? StringValue => Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : Value?.ToString();
}
