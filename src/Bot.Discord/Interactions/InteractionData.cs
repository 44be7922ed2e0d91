namespace Bot.Discord.Interactions;

/// <summary>An application command's <c>data</c>: which command and its options.</summary>
internal sealed record InteractionData(string? Id = null, string? Name = null, int? Type = null, IReadOnlyList<InteractionOption>? Options = null);
