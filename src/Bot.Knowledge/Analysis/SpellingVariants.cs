namespace Bot.Knowledge.Analysis;

// The other spelling of a word that British and American English spell differently, by the regular
// patterns of the two standards (https://en.wikipedia.org/wiki/American_and_British_English_spelling_differences):
// -our/-or (colour), -ise/-ize and -yse/-yze (organise, analyse), -tre/-ter (centre), -ence/-ense
// (defence), -ogue/-og (catalogue), and a doubled final l before -ed/-ing/-er (travelled). The stemmer
// does not join these ("colour" and "color" are different stems), and real material mixes them.
// The candidates are only guesses: the caller keeps the ones the corpus actually uses.
internal static class SpellingVariants
{
    private const int MinStem = 3;

    private static readonly (string British, string American)[] Endings =
    [
        ("isation", "ization"), ("isations", "izations"), ("ise", "ize"), ("ises", "izes"), ("ised", "ized"), ("ising", "izing"),
        ("yse", "yze"), ("yses", "yzes"), ("ysed", "yzed"), ("ysing", "yzing"),
        ("tre", "ter"), ("tres", "ters"),
        ("ence", "ense"), ("ences", "enses"),
        ("ogue", "og"), ("ogues", "ogs"),
        ("elled", "eled"), ("elling", "eling"), ("eller", "eler"), ("ellers", "elers"),
        ("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"), ("ourite", "orite"), ("ourable", "orable"),
    ];

    public static IEnumerable<string> Of(string word)
    {
        if (word.Length < MinStem + 2 || !word.All(c => c is >= 'a' and <= 'z'))
        {
            yield break;
        }

        foreach (var (british, american) in Endings)
        {
            if (word.Length - british.Length >= MinStem && word.EndsWith(british, StringComparison.Ordinal))
            {
                yield return string.Concat(word.AsSpan(0, word.Length - british.Length), american);
            }
            else if (word.Length - american.Length >= MinStem && word.EndsWith(american, StringComparison.Ordinal))
            {
                yield return string.Concat(word.AsSpan(0, word.Length - american.Length), british);
            }
        }

        // -our- inside a longer word: "behaviours", "favourable" and their American forms are handled by the
        // endings above; "colourful"/"colorful" need the middle.
        var our = word.IndexOf("ourf", StringComparison.Ordinal);
        if (our >= MinStem)
        {
            yield return string.Concat(word.AsSpan(0, our), "or", word.AsSpan(our + 3));
        }
    }
}
