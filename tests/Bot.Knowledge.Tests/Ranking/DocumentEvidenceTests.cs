using Bot.Knowledge.Documents;
using Bot.Knowledge.Questions;
using Bot.Knowledge.Ranking;

namespace Bot.Knowledge.Tests.Ranking;

public sealed class DocumentEvidenceTests
{
    [Fact]
    public void Document_evidence_raises_a_passage_whose_document_holds_other_matching_passages()
    {
        var candidates = new List<Candidate> { Passage("b", 0, 0.52), Passage("a", 0, 0.50), Passage("a", 1, 0.40) };

        Reranker.AddDocumentEvidence(candidates, 0.1);

        Assert.Equal(0.50 + 0.1 * 0.40, candidates[1].Score, 10);
        Assert.Equal(0.40 + 0.1 * 0.50, candidates[2].Score, 10);
        Assert.True(candidates[1].Score > candidates[0].Score);
    }

    [Fact]
    public void Document_evidence_leaves_a_document_with_one_candidate_as_scored()
    {
        var candidates = new List<Candidate> { Passage("b", 0, 0.52), Passage("a", 0, 0.50), Passage("a", 1, 0.40) };

        Reranker.AddDocumentEvidence(candidates, 0.1);

        Assert.Equal(0.52, candidates[0].Score, 10);
    }

    [Fact]
    public void Score_ranks_a_descriptive_query_by_document_evidence_but_a_short_question_by_its_passage()
    {
        // "a" holds the topic in two passages, "b" in one passage that says a little more of it.
        var p = RankingParameters.Default with { DocumentWeight = 1 };
        string[] single = ["wing", "flutter", "speed", "wing", "flutter"];
        string[] half = ["wing", "flutter", "speed"];

        var descriptive = Question("wing", "flutter", "speed", "panel", "heat", "load", "mach", "test");
        var ranked = Rank(descriptive, p, ("b", 0, single), ("a", 0, half), ("a", 1, half));
        Assert.Equal("a", ranked[0].Document);

        var factual = Question("wing", "flutter", "speed");
        ranked = Rank(factual, p, ("b", 0, single), ("a", 0, half), ("a", 1, half));
        Assert.Equal("b", ranked[0].Document);
    }

    private static List<Candidate> Rank(AnalyzedQuestion question, RankingParameters p, params (string Document, int Paragraph, string[] Stems)[] passages)
    {
        var candidates = passages.Select(x => new Candidate(x.Paragraph, 0, string.Join(' ', x.Stems), x.Stems, [], x.Document, x.Paragraph, Metadata)).ToList();
        var terms = question.Terms.Select(t => new WeightedTerm(t.Stem, 1, t.Weight)).ToList();
        Reranker.Score(question, terms, candidates, new CorpusStats(100, 5, 2), p);
        return candidates;
    }

    private static AnalyzedQuestion Question(params string[] words) =>
        new(string.Join(' ', words), [], words.Select((w, i) => new QueryTerm(w, w, i) { Weight = 1 }).ToList(), QuestionKind.General);

    private static Candidate Passage(string document, int paragraph, double score) =>
        new(paragraph, 0, "", [], [], document, paragraph, Metadata) { Score = score };

    private static readonly DocumentMetadata Metadata = new("", null, null, null, null);
}
