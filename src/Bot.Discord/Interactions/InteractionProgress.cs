using Bot.Discord.Wire;

namespace Bot.Discord.Interactions;

// How far an interaction got, so a failure is apologised for where Discord still takes a message.
internal sealed class InteractionProgress
{
    private volatile int _initial = -1;

    public bool HasResponded => _initial >= 0;

    // A deferral (type 5) was sent: the answer, or the apology, edits @original.
    public bool Deferred => _initial == InteractionCallbackType.DeferredChannelMessageWithSource;

    public void Responded(InteractionResponse response) => _initial = response.Type;
}
