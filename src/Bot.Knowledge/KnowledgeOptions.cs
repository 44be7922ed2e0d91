using System.ComponentModel.DataAnnotations;

namespace Bot.Knowledge;

/// <summary>Configuration section <c>Knowledge</c>.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>Folder of documents — .txt, .md/.mdx/.markdown, .html/.htm, .pdf, .docx (relative paths are resolved by the host).</summary>
    [Required(AllowEmptyStrings = false)]
    public string CorpusPath { get; set; } = "seeds";

    /// <summary>The index folder (Lucene.Net generations and the pointer to the serving one).</summary>
    [Required(AllowEmptyStrings = false)]
    public string IndexPath { get; set; } = "index/lucene";

    /// <summary>Longer questions are refused with a message instead of being searched.</summary>
    [Range(20, 100_000)]
    public int MaxQuestionLength { get; set; } = 1000;

    /// <summary>How many citations an answer carries by default.</summary>
    [Range(1, 100)]
    public int Citations { get; set; } = 3;

    /// <summary>
    /// Answers whose confidence (0–1, reported by <c>ask --json</c>) is below this are refused as not covered;
    /// 0 keeps every answer the coverage rules allow.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; }

    /// <summary>Larger files are skipped with a warning naming them.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = Documents.DocumentReadingOptions.DefaultMaxFileBytes;

    /// <summary>Follow symbolic links that point outside the corpus folder (off: they are skipped with a warning).</summary>
    public bool FollowLinksOutside { get; set; }

    /// <summary>The longest passage (in characters) a document is cut into, whatever its lines look like.</summary>
    [Range(Passages.PassageLimits.MinChars, 1_000_000)]
    public int MaxPassageChars { get; set; } = Passages.PassageLimits.DefaultMaxChars;

    /// <summary>Long-running processes (serve, console chat) rebuild the index when the corpus changes.</summary>
    public bool WatchCorpus { get; set; } = true;

    /// <summary>Quiet time after the last file event before the corpus is checked: a burst of changes makes one rebuild.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the corpus listing is compared with the index even without events (zero: never).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan RecheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    internal Index.CorpusWatchSettings Watching => new(WatchCorpus, WatchDebounce, RecheckInterval);

    internal Documents.DocumentReadingOptions Reading => new(MaxFileBytes, FollowLinksOutside, MaxPassageChars);
}
