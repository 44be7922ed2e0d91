namespace Bot.Knowledge.Answers;

// A piece of a passage that can stand in an answer: a sentence, a table row, a list item, or a
// block of code under its introduction.
// Shown: what the answer quotes. Own: the text whose words count in full. Context: what the unit
// speaks about without repeating it (a list's lead-in, the sentence a pronoun points back to);
// its words count at a discount. Lead: what is shown before the unit to make it readable alone
// (a short lead-in of its list), once for all the units of one list an answer quotes. IntroducesMore:
// the unit introduces the rows, items or code after it ("The options are:"), answering nothing by itself.
internal sealed record AnswerUnit(string Shown, string Own, string Context = "", bool IsCode = false)
{
    public string Lead { get; init; } = "";

    public bool IntroducesMore { get; init; }

    // The code lines of a code unit, without their introduction.
    public string CodeText { get; init; } = "";
}
