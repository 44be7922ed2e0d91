namespace Bot.Knowledge.Documents;

// A file → a read document, by the reader for its format (chosen by extension).
public static class DocumentParser
{
    // Bumped whenever reading or passage splitting changes, so an index built by an older version counts as stale.
    public const int Version = 5;

    // The extensions the corpus walk picks up; anything else in the folder is left alone.
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".mdx", ".markdown", ".html", ".htm", ".pdf", ".docx",
    };

    // Formats read from bytes rather than decoded text.
    internal static bool IsBinary(string relativePath) => Path.GetExtension(relativePath).ToLowerInvariant() is ".pdf" or ".docx";

    public static SourceDocument Parse(DocumentFile file) => (file.Parsed ?? (Path.GetExtension(file.RelativePath).ToLowerInvariant() switch
    {
        ".md" or ".mdx" or ".markdown" => MarkdownReader.Read(file),
        ".html" or ".htm" => HtmlReader.Read(file),
        ".pdf" or ".docx" => ReadBinary(file),
        _ => PlainTextReader.Read(file),
    })) with { MaxPassageChars = file.MaxPassageChars };

    // A damaged or encrypted file is one bad document, not a failed build: it reads as empty, with the reason.
    private static SourceDocument ReadBinary(DocumentFile file)
    {
        var pdf = Path.GetExtension(file.RelativePath).Equals(".pdf", StringComparison.OrdinalIgnoreCase);
        if (file.Bytes is null)
        {
            return Empty(file, "no content was read");
        }

        try
        {
            return pdf ? PdfReader.Read(file) : DocxReader.Read(file);
        }
#pragma warning disable CA1031 // third-party parsers throw many exception types on damaged input; any of them means "unreadable"
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return Empty(file, $"not a readable {(pdf ? "PDF" : "DOCX")} file ({e.Message})");
        }
    }

    private static SourceDocument Empty(DocumentFile file, string problem) =>
        new(file.RelativePath, new DocumentMetadata(TitleFromPath(file.RelativePath), null, null, null, null), Array.Empty<DocumentBlock>()) { Problem = problem };

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
