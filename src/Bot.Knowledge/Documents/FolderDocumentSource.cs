using System.Text;

namespace Bot.Knowledge.Documents;

// Every document file under a folder (see Extensions), in a stable
// (ordinal path) order. The walk is safe on whatever a user's folder holds: each real folder is
// walked once however links point (a link back up the tree is a loop, not an infinite corpus),
// links leaving the corpus are not followed unless allowed, only regular files are read, and a
// bad entry (a name that is not UTF-8, a folder that cannot be read, a file too big) is skipped
// with a reason naming it while the rest is indexed.
public sealed class FolderDocumentSource : IDocumentSource
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _folder;
    private readonly DocumentReadingOptions _options;
    private readonly Func<string, IEnumerable<FileSystemInfo>> _listFolder;

    public FolderDocumentSource(string folder, DocumentReadingOptions? options = null)
        : this(folder, options, path => new DirectoryInfo(path).EnumerateFileSystemInfos("*", Enumeration))
    {
    }

    // listFolder: Lists one folder's entries; tests substitute one that fails like an unreadable folder does for an ordinary user.
    internal FolderDocumentSource(string folder, DocumentReadingOptions? options, Func<string, IEnumerable<FileSystemInfo>> listFolder)
    {
        _folder = folder;
        _options = options ?? new DocumentReadingOptions();
        _listFolder = listFolder;
    }

    private static readonly EnumerationOptions Enumeration = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    public string Description => Path.GetFullPath(_folder);

    public IReadOnlyList<DocumentStamp> List() => Walk().Stamps;

    public IEnumerable<DocumentFile> Read(Action<SkippedFile> skipped, CancellationToken cancellationToken)
    {
        var walk = Walk();
        foreach (var problem in walk.Skipped)
        {
            skipped(problem);
        }

        foreach (var stamp in walk.Stamps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(_folder, stamp.RelativePath);
            if (DocumentParser.IsBinary(stamp.RelativePath))
            {
                var bytes = TryReadBytes(path, out var why);
                if (bytes is null)
                {
                    skipped(new SkippedFile(stamp.RelativePath, why));
                    continue;
                }

                var file = new DocumentFile(stamp.RelativePath, "", stamp.Length, stamp.LastWriteUtc) { Bytes = bytes, MaxPassageChars = _options.MaxPassageChars };
                var parsed = DocumentParser.Parse(file);
                if (parsed.Problem is { } problem)
                {
                    skipped(new SkippedFile(stamp.RelativePath, problem));
                    continue;
                }

                yield return file with { Bytes = null, Parsed = parsed };
                continue;
            }

            var text = TryRead(path, out var reason);
            if (text is null)
            {
                skipped(new SkippedFile(stamp.RelativePath, reason));
                continue;
            }

            yield return new DocumentFile(stamp.RelativePath, text, stamp.Length, stamp.LastWriteUtc) { MaxPassageChars = _options.MaxPassageChars };
        }
    }

    private (List<DocumentStamp> Stamps, List<SkippedFile> Skipped) Walk()
    {
        if (!Directory.Exists(_folder))
        {
            throw new CorpusException($"The corpus folder '{Description}' does not exist. Set Knowledge:CorpusPath (or --corpus) to a folder of documents ({string.Join(", ", DocumentParser.Extensions.Order(StringComparer.Ordinal))}).");
        }

        var root = RealPath.Of(_folder);
        var stamps = new List<DocumentStamp>();
        var skipped = new List<SkippedFile>();
        var walkedFolders = new HashSet<string>(StringComparer.Ordinal) { root };
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Relative, string Real)>();
        pending.Push(("", root));
        while (pending.Count > 0)
        {
            var (relative, real) = pending.Pop();
            foreach (var entry in Entries(real, relative, skipped))
            {
                var path = relative + entry.Name;
                if (entry.Name.Contains('\uFFFD', StringComparison.Ordinal))
                {
                    // .NET decodes names as UTF-8 and substitutes what is not; such a name cannot be opened again.
                    skipped.Add(new SkippedFile(path, "the file name is not valid UTF-8; rename it to index it"));
                    continue;
                }

                var target = real + Path.DirectorySeparatorChar + entry.Name;
                var isFolder = entry is DirectoryInfo;
                if (entry.LinkTarget is not null)
                {
                    string resolved;
                    try
                    {
                        resolved = RealPath.Of(target);
                    }
                    catch (IOException e)
                    {
                        skipped.Add(new SkippedFile(path, "the link cannot be resolved: " + e.Message));
                        continue;
                    }

                    isFolder = Directory.Exists(resolved);
                    if (!isFolder && !File.Exists(resolved))
                    {
                        if (IsDocument(path))
                        {
                            skipped.Add(new SkippedFile(path, "the link points to nothing"));
                        }

                        continue;
                    }

                    if (!RealPath.IsInside(resolved, root) && !_options.FollowLinksOutside)
                    {
                        if (isFolder || IsDocument(path))
                        {
                            skipped.Add(new SkippedFile(path, $"the link points outside the corpus folder (to {resolved}); set Knowledge:FollowLinksOutside to follow it"));
                        }

                        continue;
                    }

                    target = resolved;
                }

                if (isFolder)
                {
                    if (walkedFolders.Add(target))
                    {
                        pending.Push((path + "/", target));
                    }

                    continue;
                }

                if (!IsDocument(path) || !seenFiles.Add(target))
                {
                    continue;
                }

                var info = new FileInfo(target);
                if (info.Length == 0)
                {
                    // A FIFO, socket or device reports no size, and opening one can block forever; an empty file has nothing to index anyway.
                    skipped.Add(new SkippedFile(path, "empty, or not a regular file (a FIFO, socket or device)"));
                }
                else if (info.Length > _options.MaxFileBytes)
                {
                    skipped.Add(new SkippedFile(path, $"{info.Length:N0} bytes is over Knowledge:MaxFileBytes ({_options.MaxFileBytes:N0})"));
                }
                else
                {
                    stamps.Add(new DocumentStamp(path, info.Length, info.LastWriteTimeUtc));
                }
            }
        }

        if (stamps.Count == 0 && skipped.Count == 0)
        {
            throw new CorpusException($"The corpus folder '{Description}' has no documents to index ({string.Join(", ", DocumentParser.Extensions.Order(StringComparer.Ordinal))}).");
        }

        stamps.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return (stamps, skipped);
    }

    // A folder's entries, or none with a reason when it cannot be read (also when that happens halfway through).
    private List<FileSystemInfo> Entries(string folder, string relative, List<SkippedFile> skipped)
    {
        var entries = new List<FileSystemInfo>();
        try
        {
            entries.AddRange(_listFolder(folder));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            skipped.Add(new SkippedFile(relative.Length == 0 ? "." : relative.TrimEnd('/'), "the folder cannot be read: " + e.Message));
        }

        return entries;
    }

    private static bool IsDocument(string path) => DocumentParser.Extensions.Contains(Path.GetExtension(path));

    private static byte[]? TryReadBytes(string path, out string reason)
    {
        try
        {
            reason = "";
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reason = e.Message;
            return null;
        }
    }

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

    // UTF-8 with or without BOM; UTF-16 only when it says so with a BOM. Anything else is rejected, not guessed.
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
