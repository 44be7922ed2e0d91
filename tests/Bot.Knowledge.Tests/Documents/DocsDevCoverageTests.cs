using System.Text.Json;
using Bot.Knowledge.Documents;
using Bot.Knowledge.Evaluation;
using Bot.Knowledge.Passages;
using Bot.Testing;

namespace Bot.Knowledge.Tests.Documents;

// Real Markdown documentation (../shared/datasets/docs-dev): reading must keep every answer's text.
public sealed class DocsDevCoverageTests
{
    [SharedFact("datasets/docs-dev/questions.jsonl", "datasets/docs-dev/corpus")]
    public void Every_gold_quote_of_every_answerable_question_appears_in_some_passage()
    {
        var corpus = TestPaths.SharedFile("datasets", "docs-dev", "corpus")!;
        var passages = new FolderDocumentSource(corpus).Read(_ => { }, default)
            .Select(DocumentParser.Parse)
            .ToDictionary(d => d.RelativePath, d => PassageSplitter.Split(d));

        var missing = new List<string>();
        var answerable = 0;
        foreach (var line in File.ReadLines(TestPaths.SharedFile("datasets", "docs-dev", "questions.jsonl")!))
        {
            using var question = JsonDocument.Parse(line);
            if (!question.RootElement.GetProperty("answerable").GetBoolean())
            {
                continue;
            }

            answerable++;
            foreach (var gold in question.RootElement.GetProperty("gold").EnumerateArray())
            {
                var document = gold.GetProperty("document").GetString()!;
                var quote = gold.GetProperty("quote").GetString()!;
                if (!passages.TryGetValue(document, out var inDocument) || !inDocument.Any(p => QuoteMatch.Contains(p.Text, quote)))
                {
                    missing.Add($"{question.RootElement.GetProperty("id").GetString()} {document}: {quote}");
                }
            }
        }

        Assert.Equal(50, answerable);
        Assert.Empty(missing);
    }

    [SharedFact("datasets/docs-dev/corpus")]
    public void No_passage_outside_code_carries_markdown_syntax()
    {
        var corpus = TestPaths.SharedFile("datasets", "docs-dev", "corpus")!;
        var passages = new FolderDocumentSource(corpus).Read(_ => { }, default)
            .Select(DocumentParser.Parse)
            .SelectMany(PassageSplitter.Split)
            .Where(p => p.Kind != PassageKind.Code)
            .ToList();

        Assert.DoesNotContain(passages, p => p.Text.Split('\n').Any(l => l.TrimStart().StartsWith('|')));
        Assert.DoesNotContain(passages, p => p.Text.Contains(":::", StringComparison.Ordinal) || p.Text.Contains("```", StringComparison.Ordinal) || p.Text.Contains("[!NOTE]", StringComparison.Ordinal));
        Assert.DoesNotContain(passages, p => p.Text.Contains("](", StringComparison.Ordinal));
    }
}
