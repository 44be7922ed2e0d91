namespace Bot.Knowledge.Text;

// A searchable word: its folded form, its stem, and where it stands in the original text.
public readonly record struct Token(string Term, string Stem, int Start, int Length, int Position);
