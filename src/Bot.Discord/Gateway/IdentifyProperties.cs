namespace Bot.Discord.Gateway;

/// <summary>Connection properties, with the current names (the <c>$os</c> style is deprecated, FACTS A1).</summary>
internal sealed record IdentifyProperties(string Os, string Browser, string Device);
