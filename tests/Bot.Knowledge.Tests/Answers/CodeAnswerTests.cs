using Bot.Knowledge.Passages;

namespace Bot.Knowledge.Tests.Answers;

public sealed class CodeAnswerTests : IDisposable
{
    private readonly List<SmallCorpus> _corpora = [];

    public void Dispose()
    {
        _corpora.ForEach(c => c.Dispose());
    }

    private async Task<KnowledgeBase> KnowledgeOver(string markdown)
    {
        var corpus = await SmallCorpus.BuildAsync(("deploy.md", markdown));
        _corpora.Add(corpus);
        return corpus.Knowledge;
    }

    [Fact]
    public async Task Ask_shows_code_evidence_whole_after_its_introduction_never_a_code_line_as_a_sentence()
    {
        var knowledge = await KnowledgeOver("""
            # Deploying to Heroku

            ## Procfile

            Every Heroku app uses a file called Procfile that tells Heroku how to start the app.

            Apps using Socket Mode are started as workers that do not listen to a port:

            ```yaml
            worker: node app.js
            ```
            """);

        var answer = await knowledge.AskAsync("What goes in the Procfile for a Socket Mode worker?");

        Assert.True(answer.Answered);
        var code = Assert.Single(answer.Citations, c => c.Kind == PassageKind.Code);
        var shown = Assert.Single(answer.Sentences, s => s.Citation == code.Number);
        Assert.Equal("Apps using Socket Mode are started as workers that do not listen to a port:\nworker: node app.js", shown.Text);
        Assert.DoesNotContain(answer.Sentences, s => s.Text == "worker: node app.js");
    }
}
