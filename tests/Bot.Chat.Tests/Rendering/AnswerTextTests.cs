using Bot.Chat.Rendering;
using Bot.Knowledge.Answers;

namespace Bot.Chat.Tests.Rendering;

public sealed class AnswerTextTests
{
    private static Answer WithCode(string preface = "") => new("How do I start it?", AnswerStatus.Answered,
        "Start one web process. [1] Run this in a terminal:\nheroku ps:scale web=1 [2]",
        [new AnswerSentence("Start one web process.", 1), new AnswerSentence("Run this in a terminal:\nheroku ps:scale web=1", 2) { Code = "heroku ps:scale web=1" }],
        []) { Preface = preface };

    [Fact]
    public void An_answer_without_code_is_its_text_through_the_surface_escaping()
    {
        var answer = new Answer("q", AnswerStatus.Answered, "It costs 5 <units>. [1]", [new AnswerSentence("It costs 5 <units>.", 1)], []);

        Assert.Equal("It costs 5 &lt;units&gt;. [1]", AnswerText.Format(answer, t => t.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal), AnswerText.Fenced));
    }

    [Fact]
    public void Code_is_indented_in_plain_text_on_its_own_lines_under_its_introduction()
    {
        var text = AnswerText.Format(WithCode(), t => t, AnswerText.Indented);

        Assert.Equal("Start one web process. [1]\nRun this in a terminal: [2]\n    heroku ps:scale web=1", text);
    }

    [Fact]
    public void Code_is_a_fenced_block_where_markdown_renders_and_keeps_the_preface()
    {
        var text = AnswerText.Format(WithCode("The material suggests yes:"), t => t, AnswerText.Fenced);

        Assert.Equal("The material suggests yes: Start one web process. [1]\nRun this in a terminal: [2]\n```\nheroku ps:scale web=1\n```", text);
    }

    [Fact]
    public void A_fence_inside_the_code_cannot_end_the_block()
    {
        var fenced = AnswerText.Fenced("echo ```\nls");

        Assert.StartsWith("```\n", fenced, StringComparison.Ordinal);
        Assert.EndsWith("\n```", fenced, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(fenced, "```"));
    }
}
