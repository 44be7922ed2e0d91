using System.Diagnostics;
using Bot.Knowledge.Documents;
using Bot.Testing;

namespace Bot.Knowledge.Tests.Documents;

// The corpus walk on what real folders hold: links, loops, odd names, unreadable folders, special files.
public sealed class CorpusWalkTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _corpus;

    public CorpusWalkTests()
    {
        _corpus = _temp.File("corpus");
        Directory.CreateDirectory(Path.Combine(_corpus, "sub"));
        File.WriteAllText(Path.Combine(_corpus, "a.md"), "Alpha text.");
        File.WriteAllText(Path.Combine(_corpus, "sub", "b.txt"), "Beta text.");
    }

    public void Dispose() => _temp.Dispose();

    private (List<DocumentFile> Files, List<SkippedFile> Skipped) ReadAll(DocumentReadingOptions? options = null)
    {
        var skipped = new List<SkippedFile>();
        var source = new FolderDocumentSource(_corpus, options);
        // Run off the test thread with a deadline: a walk that loops or blocks must fail the test, not hang it.
        var read = Task.Run(() => source.Read(skipped.Add, default).ToList());
        Assert.True(read.Wait(TimeSpan.FromSeconds(30)), "the walk did not finish");
        return (read.Result, skipped);
    }

    [Fact]
    public void A_link_to_the_parent_folder_finishes_and_is_skipped_with_a_warning()
    {
        Directory.CreateSymbolicLink(Path.Combine(_corpus, "loop"), "..");

        var (files, skipped) = ReadAll();

        Assert.Equal(["a.md", "sub/b.txt"], files.Select(f => f.RelativePath));
        Assert.Contains("outside the corpus", Assert.Single(skipped, s => s.RelativePath == "loop").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_the_parent_when_following_links_outside_still_walks_each_real_folder_once()
    {
        Directory.CreateSymbolicLink(Path.Combine(_corpus, "loop"), "..");

        var (files, _) = ReadAll(new DocumentReadingOptions(FollowLinksOutside: true));

        Assert.Equal(["a.md", "sub/b.txt"], files.Select(f => f.RelativePath));
    }

    [Fact]
    public void A_folder_linking_back_into_the_corpus_is_walked_once()
    {
        Directory.CreateSymbolicLink(Path.Combine(_corpus, "sub", "back"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_corpus, "sub", "again"), Path.Combine(_corpus, "sub"));

        var (files, skipped) = ReadAll();

        Assert.Equal(["a.md", "sub/b.txt"], files.Select(f => f.RelativePath));
        Assert.Empty(skipped);
    }

    [Fact]
    public void A_link_outside_the_corpus_is_followed_only_when_allowed()
    {
        var outside = _temp.File("outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "c.md"), "Gamma text.");
        Directory.CreateSymbolicLink(Path.Combine(_corpus, "elsewhere"), outside);

        var (files, skipped) = ReadAll();
        Assert.DoesNotContain(files, f => f.RelativePath.StartsWith("elsewhere", StringComparison.Ordinal));
        Assert.Contains("Knowledge:FollowLinksOutside", Assert.Single(skipped).Reason, StringComparison.Ordinal);

        var (followed, _) = ReadAll(new DocumentReadingOptions(FollowLinksOutside: true));
        Assert.Contains(followed, f => f.RelativePath == "elsewhere/c.md");
    }

    [Fact]
    public void A_file_name_that_is_not_valid_utf8_is_skipped_with_a_warning_and_the_rest_is_read()
    {
        Run(_corpus, "sh", "-c", "printf 'Delta text.' > \"$(printf 'bad\\377name.md')\"");

        var (files, skipped) = ReadAll();

        Assert.Equal(["a.md", "sub/b.txt"], files.Select(f => f.RelativePath));
        var bad = Assert.Single(skipped);
        Assert.StartsWith("bad", bad.RelativePath, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", bad.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_folder_is_skipped_with_a_warning_and_the_rest_is_read()
    {
        var sub = Path.Combine(_corpus, "sub");
        // Running as root makes permissions no obstacle, so the folder listing fails the way it does for a user.
        var source = new FolderDocumentSource(_corpus, null, path => path.EndsWith("sub", StringComparison.Ordinal)
            ? throw new UnauthorizedAccessException($"Access to the path '{sub}' is denied.")
            : new DirectoryInfo(path).EnumerateFileSystemInfos());
        var skipped = new List<SkippedFile>();

        var files = source.Read(skipped.Add, default).ToList();

        Assert.Equal(["a.md"], files.Select(f => f.RelativePath));
        var problem = Assert.Single(skipped);
        Assert.Equal("sub", problem.RelativePath);
        Assert.Contains("cannot be read", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_named_like_a_document_is_not_opened()
    {
        Run(_corpus, "mkfifo", "pipe.txt");

        var (files, skipped) = ReadAll();

        Assert.Equal(["a.md", "sub/b.txt"], files.Select(f => f.RelativePath));
        Assert.Contains("not a regular file", Assert.Single(skipped, s => s.RelativePath == "pipe.txt").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_skipped_with_a_warning()
    {
        File.WriteAllText(Path.Combine(_corpus, "big.txt"), new string('x', 5000));

        var (files, skipped) = ReadAll(new DocumentReadingOptions(MaxFileBytes: 1000));

        Assert.DoesNotContain(files, f => f.RelativePath == "big.txt");
        Assert.Contains("Knowledge:MaxFileBytes", Assert.Single(skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Listing_reports_the_same_files_as_reading()
    {
        Directory.CreateSymbolicLink(Path.Combine(_corpus, "loop"), "..");
        Assert.Equal(["a.md", "sub/b.txt"], new FolderDocumentSource(_corpus).List().Select(s => s.RelativePath));
    }

    // Runs a tool in folder: .NET can neither make a FIFO nor a file name that is not UTF-8.
    private static void Run(string folder, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, WorkingDirectory = folder };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
