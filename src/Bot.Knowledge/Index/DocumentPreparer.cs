using System.Text;
using Bot.Knowledge.Documents;
using Bot.Knowledge.Passages;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Index;

// The CPU side of a build: a file → cleaned passages → stems, counted into the statistics.
internal static class DocumentPreparer
{
    // The prepared document, or null when cleaning left no paragraph of text.
    public static PreparedDocument? Prepare(DocumentFile file, TermStatistics statistics)
    {
        var document = DocumentParser.Parse(file);
        var split = PassageSplitter.Split(document);
        if (split.Count == 0)
        {
            return null;
        }

        var titleTokens = Tokenizer.Tokenize(document.Metadata.Title);
        var titleStems = Stems(titleTokens, []);
        var tagTokens = Tokenizer.Tokenize(string.Join(" . ", document.Metadata.Tags));
        var tagStems = Stems(tagTokens, []);
        var passages = new List<PreparedPassage>(split.Count);
        var words = new HashSet<string>(titleTokens.Concat(tagTokens).Select(t => t.Term), StringComparer.Ordinal);
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        var titleSet = titleTokens.Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        foreach (var passage in split)
        {
            var tokens = Tokenizer.Tokenize(passage.Text);
            statistics.AddPassage(tokens, titleTokens);
            var bodyStems = new HashSet<string>(tokens.Count, StringComparer.Ordinal);
            foreach (var token in tokens)
            {
                words.Add(token.Term);
                bodyStems.Add(token.Stem);
            }

            var titleOnly = string.Join(' ', titleTokens.Select(t => t.Stem).Where(s => !bodyStems.Contains(s)).Distinct(StringComparer.Ordinal));
            var sectionTokens = passage.Section is null ? [] : Tokenizer.Tokenize(passage.Section);
            foreach (var token in sectionTokens)
            {
                words.Add(token.Term); // a word only a heading has is a real word, not a typo to correct
            }

            // A heading's or tag's stems that neither body nor title has: counted for document
            // frequency so such a word is searched (in the section and tags fields) rather than dropped.
            var headingOnly = sectionTokens.Concat(tagTokens).Select(t => t.Stem)
                .Where(s => !bodyStems.Contains(s) && !titleSet.Contains(s)).Distinct(StringComparer.Ordinal);

            passages.Add(new PreparedPassage(passage.Ordinal, passage.Paragraph, passage.Text, Stems(tokens, SentenceSplitter.Ranges(passage.Text)), tokens.Count,
                passage.Section, passage.Section is null ? null : SectionStems(passage.Section, sections), passage.Page, passage.Kind, titleOnly)
            {
                HeadingOnlyStems = string.Join(' ', headingOnly),
            });
        }

        return new PreparedDocument(document.RelativePath, document.Metadata, titleStems, titleTokens.Count, passages, string.Join(' ', words)) { TagStems = tagStems };
    }

    private static string SectionStems(string section, Dictionary<string, string> known)
    {
        if (!known.TryGetValue(section, out var stems))
        {
            known[section] = stems = Stems(Tokenizer.Tokenize(section), []);
        }

        return stems;
    }

    // The stems separated by spaces, with SentenceBreak between sentences so
    // the reranker can score sentences without re-reading the text. The index's body field is this same
    // string: split at the spaces, the breaks left out (see StemsTokenStream).
    internal static string Stems(IReadOnlyList<Token> tokens, List<(int Start, int Length)> sentences)
    {
        var sb = new StringBuilder(tokens.Count * 8);
        var sentence = 0;
        foreach (var token in tokens)
        {
            var newSentence = false;
            while (sentence + 1 < sentences.Count && token.Start >= sentences[sentence + 1].Start)
            {
                sentence++;
                newSentence = true;
            }

            if (sb.Length > 0)
            {
                sb.Append(newSentence ? " " + IndexSchema.SentenceBreak + " " : " ");
            }

            sb.Append(token.Stem);
        }

        return sb.ToString();
    }
}
