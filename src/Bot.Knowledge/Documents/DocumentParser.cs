namespace Bot.Knowledge.Documents;

/// <summary>A file → a read document, by the reader for its format (chosen by extension).</summary>
public static class DocumentParser
{
    /// <summary>Bumped whenever reading or passage splitting changes, so an index built by an older version counts as stale.</summary>
    public const int Version = 5;

    /// <summary>The extensions the corpus walk picks up; anything else in the folder is left alone.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".mdx", ".markdown", ".html", ".htm", ".pdf", ".docx",
    };

    /// <summary>Formats read from bytes rather than decoded text.</summary>
    internal static bool IsBinary(string relativePath) => Path.GetExtension(relativePath).ToLowerInvariant() is ".pdf" or ".docx";

    public static SourceDocument Parse(DocumentFile file) => (Path.GetExtension(file.RelativePath).ToLowerInvariant() switch
    {
        ".md" or ".mdx" or ".markdown" => MarkdownReader.Read(file),
        ".html" or ".htm" => HtmlReader.Read(file),
        _ => PlainTextReader.Read(file),
    }) with { MaxPassageChars = file.MaxPassageChars };

    internal static int WordCount(string s)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar;
        }

        return count;
    }

    internal static string TitleFromPath(string relativePath) =>
        Path.GetFileNameWithoutExtension(relativePath).Replace('_', ' ').Replace('-', ' ');
}
