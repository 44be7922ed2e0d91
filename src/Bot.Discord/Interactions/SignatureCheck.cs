namespace Bot.Discord.Interactions;

// The outcome of checking an interaction request; anything but Valid is answered 401 (https://discord.com/developers/docs/interactions/receiving-and-responding).
internal enum SignatureCheck
{
    Valid,
    Missing,
    Invalid,
    Stale,
}
