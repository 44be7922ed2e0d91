namespace Bot.Discord.Interactions;

/// <summary>What <see cref="InteractionHandler"/> did with an interaction.</summary>
internal enum InteractionOutcome
{
    /// <summary>Taken and handled (or its failure logged).</summary>
    Handled,

    /// <summary>Its id was already taken: a replay, left alone so it is never answered twice.</summary>
    Replay,
}
