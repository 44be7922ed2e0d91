using Bot.Knowledge.Documents;
using Bot.Knowledge.Index;

namespace Bot.Knowledge.Evaluation;

// Runs a sets file: each distinct corpus is indexed once in a temp folder (removed afterwards),
// then every set asking about it is evaluated through the real pipeline.
public static class EvalSetRunner
{
    // minConfidence is Knowledge:MinConfidence for every set, to measure what a threshold costs and gains.
    public static async Task<IReadOnlyList<EvalSetResult>> RunAsync(IReadOnlyList<EvalSet> sets, IProgress<string>? progress = null, double minConfidence = 0, CancellationToken cancellationToken = default)
    {
        // Read every questions file first: a malformed line stops the run before any indexing.
        var questions = sets.Where(s => !s.IsCranfield).ToDictionary(s => s, s => DevQuestion.Load(s.Questions!));
        var work = Path.Combine(Path.GetTempPath(), "bot-eval-" + Guid.NewGuid().ToString("N")[..8]);
        var results = new EvalSetResult?[sets.Count];
        try
        {
            foreach (var group in sets.Select((s, i) => (Set: s, Index: i)).Where(x => !x.Set.IsCranfield).GroupBy(x => x.Set.Corpus!, StringComparer.Ordinal))
            {
                var knowledge = await IndexAsync(group.Key, Path.Combine(work, "i" + results.Count(r => r is not null)), progress, minConfidence, cancellationToken).ConfigureAwait(false);
                using (knowledge.Index)
                {
                    foreach (var (set, i) in group)
                    {
                        progress?.Report($"asking {set.Name}");
                        results[i] = new EvalSetResult(set.Name, await DevSetEvaluator.EvaluateAsync(knowledge, questions[set], cancellationToken: cancellationToken).ConfigureAwait(false), null);
                    }
                }
            }

            for (var i = 0; i < sets.Count; i++)
            {
                if (sets[i].IsCranfield)
                {
                    var collection = CranfieldDataset.Load(sets[i].Cranfield!);
                    var corpus = Path.Combine(work, "cranfield" + i);
                    collection.Export(corpus);
                    var knowledge = await IndexAsync(corpus, Path.Combine(work, "ci" + i), progress, minConfidence, cancellationToken).ConfigureAwait(false);
                    using (knowledge.Index)
                    {
                        progress?.Report($"asking {sets[i].Name}");
                        results[i] = new EvalSetResult(sets[i].Name, null, await CranfieldEvaluator.EvaluateAsync(knowledge, collection, cancellationToken).ConfigureAwait(false));
                    }
                }
            }
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }

        return results.Select(r => r!).ToList();
    }

    private static async Task<KnowledgeBase> IndexAsync(string corpus, string indexPath, IProgress<string>? progress, double minConfidence, CancellationToken cancellationToken)
    {
        progress?.Report($"indexing {corpus}");
        var index = new KnowledgeIndex(indexPath, new FolderDocumentSource(corpus));
        var built = await index.RebuildAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        if (built.Outcome != RebuildOutcome.Rebuilt)
        {
            index.Dispose();
            throw new FormatException($"indexing {corpus} failed: {built.Error}");
        }

        return new KnowledgeBase(index, new KnowledgeOptions { CorpusPath = corpus, IndexPath = indexPath, MinConfidence = minConfidence });
    }
}
