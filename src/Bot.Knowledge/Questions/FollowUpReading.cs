namespace Bot.Knowledge.Questions;

// How a question asked in a conversation is read (Questions/FollowUp).
internal enum FollowUpReading
{
    // A first question, or one that says everything it asks: searched as if nothing came before.
    Alone,

    // Elliptical ("and Greece?", "when was that?"): searched with the conversation's words.
    InContext,

    // A full question that points back ("when did he sign the decree?"): on its own if the index
    // answers it confidently, otherwise in context.
    AloneIfConfident,
}
