using Bot.Discord.Wire;

namespace Bot.Discord.Interactions;

/// <summary>How far an interaction got, so a failure is apologised for where Discord still takes a message.</summary>
internal sealed class InteractionProgress
{
    private volatile int _initial = -1;

    public bool HasResponded => _initial >= 0;

    /// <summary>A deferral (type 5) was sent: the answer, or the apology, edits @original.</summary>
    public bool Deferred => _initial == InteractionCallbackType.DeferredChannelMessageWithSource;

    public void Responded(InteractionResponse response) => _initial = response.Type;
}
