namespace Bot.Discord.Interactions;

/// <summary>The outcome of checking an interaction request; anything but <see cref="Valid"/> is answered 401 (FACTS A2).</summary>
internal enum SignatureCheck
{
    Valid,
    Missing,
    Invalid,
    Stale,
}
