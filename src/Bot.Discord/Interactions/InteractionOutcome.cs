namespace Bot.Discord.Interactions;

// What InteractionHandler did with an interaction.
internal enum InteractionOutcome
{
    // Taken and handled (or its failure logged).
    Handled,

    // Its id was already taken: a replay, left alone so it is never answered twice.
    Replay,
}
