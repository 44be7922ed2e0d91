namespace Bot.Knowledge.Answers;

/// <summary>Renders an excerpt with its matched terms marked, for any surface that has a bold syntax.</summary>
public static class CitationMarkup
{
    public static string MarkedExcerpt(this Citation citation, string open = "**", string close = "**") =>
        Highlighter.Mark(citation.Excerpt, citation.Highlights, open, close);
}
