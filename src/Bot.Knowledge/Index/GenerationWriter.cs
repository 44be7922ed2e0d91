using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.ExceptionServices;
using Bot.Knowledge.Documents;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;

namespace Bot.Knowledge.Index;

// Writes a complete index into a new generation folder, in one commit. It never touches the generation that serves.
internal static class GenerationWriter
{
    private const int WriterThreads = 2;

    // Only which documents hold a term (no frequencies, positions or lengths): for document frequencies.
    private static readonly FieldType DocsOnly = new(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    };

    public static (int Documents, int Passages) Write(
        Lucene.Net.Store.Directory directory,
        IDocumentSource source,
        string fingerprint,
        RebuildTrigger trigger,
        Action<SkippedFile> skipped,
        IProgress<RebuildProgress>? progress,
        CancellationToken cancellationToken)
    {
        var total = source.List().Count;
        // Every field comes analysed already (StemsTokenStream); the writer's analyzer is never asked.
        var config = new IndexWriterConfig(Analysis.TextAnalyzer.Version, Analysis.TextAnalyzer.Instance)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 48,
        };
        using var writer = new IndexWriter(directory, config);
        var statistics = new TermStatistics();
        var content = new ContentHash();
        int documents = 0, passages = 0;
        var added = new Action<PreparedDocument>(document =>
        {
            var m = document.Metadata;
            var published = m.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            writer.AddDocument(DocumentFields(document, published));
            foreach (var passage in document.Passages)
            {
                writer.AddDocument(PassageFields(document, passage, published));
            }

            var done = Interlocked.Increment(ref documents);
            var passagesSoFar = Interlocked.Add(ref passages, document.Passages.Count);
            progress?.Report(new RebuildProgress(done, total, passagesSoFar, document.RelativePath));
        });
        try
        {
            // Inverting and storing passages is the slower half of a build: two threads add documents
            // (IndexWriter takes them concurrently, each into its own segment) while another prepares them.
            // NoBuffering: the default partitioner reads ever larger chunks ahead, holding many prepared
            // documents in memory at once (over 1 GB at 1M passages); the pipeline bounds that already.
            Parallel.ForEach(
                Partitioner.Create(PreparationPipeline.Run(source, statistics, content, skipped, cancellationToken), EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = WriterThreads, CancellationToken = cancellationToken },
                added);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        if (documents == 0)
        {
            throw new CorpusException($"No document in '{source.Description}' could be read; the index was not replaced.");
        }

        var info = new IndexInfo(IndexSchema.Version, fingerprint, DateTimeOffset.UtcNow, documents, passages, source.Description)
        {
            ContentHash = content.Compute(),
            Trigger = trigger,
            AverageLength = (double)statistics.BodyTerms / passages,
            AverageTitleLength = (double)statistics.TitleTerms / passages,
        };
        writer.SetCommitData(CommitData.From(info));
        writer.Commit();
        return (documents, passages);
    }

    private static Document DocumentFields(PreparedDocument document, string? published)
    {
        var m = document.Metadata;
        var fields = new Document
        {
            new StringField(IndexSchema.Kind, IndexSchema.DocumentKind, Field.Store.NO),
            new StoredField(IndexSchema.Passages, document.Passages.Count),
            new Field(IndexSchema.Words, new StemsTokenStream(document.Words), DocsOnly),
        };
        AddMetadata(fields, document.RelativePath, m, published);
        return fields;
    }

    private static Document PassageFields(PreparedDocument document, PreparedPassage passage, string? published)
    {
        var fields = new Document
        {
            new StringField(IndexSchema.Kind, IndexSchema.PassageKind, Field.Store.NO),
            new TextField(IndexSchema.Body, new StemsTokenStream(passage.Stems)),
            new StoredField(IndexSchema.Body, passage.Stems),
            new TextField(IndexSchema.Title, new StemsTokenStream(document.TitleStems)),
            new StoredField(IndexSchema.Title, document.TitleStems),
            new Field(IndexSchema.TitleOnly, new StemsTokenStream(passage.TitleOnlyStems), DocsOnly),
            new StoredField(IndexSchema.Text, passage.Text),
            new StoredField(IndexSchema.Paragraph, passage.Paragraph),
            new StoredField(IndexSchema.PassageType, (int)passage.Kind),
        };
        if (passage.Section is not null)
        {
            fields.Add(new StoredField(IndexSchema.SectionText, passage.Section));
            fields.Add(new TextField(IndexSchema.Section, new StemsTokenStream(passage.SectionStems ?? "")));
        }

        if (document.TagStems.Length > 0)
        {
            fields.Add(new TextField(IndexSchema.Tags, new StemsTokenStream(document.TagStems)));
        }

        if (passage.HeadingOnlyStems.Length > 0)
        {
            fields.Add(new Field(IndexSchema.HeadingOnly, new StemsTokenStream(passage.HeadingOnlyStems), DocsOnly));
        }

        if (passage.Page is { } page)
        {
            fields.Add(new StoredField(IndexSchema.Page, page));
        }

        AddMetadata(fields, document.RelativePath, document.Metadata, published);
        return fields;
    }

    private static void AddMetadata(Document fields, string path, DocumentMetadata m, string? published)
    {
        fields.Add(new StoredField(IndexSchema.Path, path));
        fields.Add(new StoredField(IndexSchema.DocumentTitle, m.Title));
        AddOptional(fields, IndexSchema.Source, m.Source);
        AddOptional(fields, IndexSchema.Published, published);
        AddOptional(fields, IndexSchema.Author, m.Author);
        AddOptional(fields, IndexSchema.Url, m.Url);
    }

    private static void AddOptional(Document fields, string name, string? value)
    {
        if (value is not null)
        {
            fields.Add(new StoredField(name, value));
        }
    }
}
