using System.Text;

namespace Bot.Knowledge.Documents;

/// <summary>Every <c>.txt</c> and <c>.md</c> file under a folder, in a stable (ordinal path) order.</summary>
public sealed class FolderDocumentSource(string folder) : IDocumentSource
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Description => Path.GetFullPath(folder);

    public IReadOnlyList<DocumentStamp> List()
    {
        if (!Directory.Exists(folder))
        {
            throw new CorpusException($"The corpus folder '{Description}' does not exist. Set Knowledge:CorpusPath (or --corpus) to a folder of .txt/.md files.");
        }

        var stamps = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(IsDocument)
            .Select(path => new FileInfo(path))
            .Select(info => new DocumentStamp(Relative(info.FullName), info.Length, info.LastWriteTimeUtc))
            .OrderBy(s => s.RelativePath, StringComparer.Ordinal)
            .ToList();
        if (stamps.Count == 0)
        {
            throw new CorpusException($"The corpus folder '{Description}' has no .txt or .md files to index.");
        }

        return stamps;
    }

    public IEnumerable<DocumentFile> Read(Action<SkippedFile> skipped, CancellationToken cancellationToken)
    {
        foreach (var stamp in List())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = TryRead(Path.Combine(folder, stamp.RelativePath), out var reason);
            if (text is null)
            {
                skipped(new SkippedFile(stamp.RelativePath, reason));
                continue;
            }

            yield return new DocumentFile(stamp.RelativePath, text, stamp.Length, stamp.LastWriteUtc);
        }
    }

    private static bool IsDocument(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Equals(".txt", StringComparison.OrdinalIgnoreCase) || extension.Equals(".md", StringComparison.OrdinalIgnoreCase);
    }

    private string Relative(string fullPath) => Path.GetRelativePath(folder, fullPath).Replace('\\', '/');

    private static string? TryRead(string path, out string reason)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            reason = "";
            return Decode(bytes);
        }
        catch (DecoderFallbackException)
        {
            reason = "not valid UTF-8 (or UTF-16 with a byte-order mark)";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reason = e.Message;
        }

        return null;
    }

    /// <summary>UTF-8 with or without BOM; UTF-16 only when it says so with a BOM. Anything else is rejected, not guessed.</summary>
    internal static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(stackalloc byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return StrictUtf8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith(stackalloc byte[] { 0xFF, 0xFE }))
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]);
        }

        if (bytes.StartsWith(stackalloc byte[] { 0xFE, 0xFF }))
        {
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]);
        }

        if (bytes.Contains((byte)0))
        {
            throw new DecoderFallbackException("binary file");
        }

        return StrictUtf8.GetString(bytes);
    }
}
