using System.ComponentModel.DataAnnotations;

namespace Bot.Knowledge;

// Configuration section Knowledge.
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    // Folder of documents — .txt, .md/.mdx/.markdown, .html/.htm, .pdf, .docx (relative paths are resolved by the host).
    [Required(AllowEmptyStrings = false)]
    public string CorpusPath { get; set; } = "seeds";

    // The index folder (Lucene.Net generations and the pointer to the serving one).
    [Required(AllowEmptyStrings = false)]
    public string IndexPath { get; set; } = "index/lucene";

    // Longer questions are refused with a message instead of being searched.
    [Range(20, 100_000)]
    public int MaxQuestionLength { get; set; } = 1000;

    // The most citations an answer may carry (the setting, ask --top and the API all stop here).
    public const int MaxCitations = 100;

    // How many citations an answer carries by default.
    [Range(1, MaxCitations)]
    public int Citations { get; set; } = 3;

    // Answers whose confidence (0–1, reported by ask --json) is below this are refused as not covered;
    // 0 keeps every answer the coverage rules allow.
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; }

    // Larger files are skipped with a warning naming them.
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = Documents.DocumentReadingOptions.DefaultMaxFileBytes;

    // Follow symbolic links that point outside the corpus folder (off: they are skipped with a warning).
    public bool FollowLinksOutside { get; set; }

    // The longest passage (in characters) a document is cut into, whatever its lines look like.
    [Range(Passages.PassageLimits.MinChars, 1_000_000)]
    public int MaxPassageChars { get; set; } = Passages.PassageLimits.DefaultMaxChars;

    // Long-running processes (serve, console chat) rebuild the index when the corpus changes.
    public bool WatchCorpus { get; set; } = true;

    // Quiet time after the last file event before the corpus is checked: a burst of changes makes one rebuild.
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromSeconds(5);

    // How often the corpus listing is compared with the index even without events (zero: never).
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan RecheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    internal Index.CorpusWatchSettings Watching => new(WatchCorpus, WatchDebounce, RecheckInterval);

    internal Documents.DocumentReadingOptions Reading => new(MaxFileBytes, FollowLinksOutside, MaxPassageChars);
}
