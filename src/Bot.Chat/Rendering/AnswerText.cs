using System.Text;
using Bot.Knowledge.Answers;

namespace Bot.Chat.Rendering;

// An answer's statements for one surface: prose through the surface's escaping, code as the surface
// shows code, never as a sentence. Each block of code stands on its own lines under its introduction,
// whose [n] says where it comes from.
public static class AnswerText
{
    public static string Format(Answer answer, Func<string, string> prose, Func<string, string> code)
    {
        if (!answer.Sentences.Any(s => s.IsCode))
        {
            return prose(answer.Text);
        }

        var sb = new StringBuilder();
        if (answer.Preface.Length > 0)
        {
            sb.Append(prose(answer.Preface)).Append(' ');
        }

        foreach (var s in answer.Sentences)
        {
            var marker = $"[{s.Citation}]";
            if (s.Code is null)
            {
                sb.Append(prose($"{s.Text} {marker}")).Append(' ');
                continue;
            }

            TrimEnd(sb);
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(prose(s.Prose.Length > 0 ? $"{s.Prose} {marker}" : marker)).Append('\n');
            sb.Append(code(s.Code)).Append('\n');
        }

        TrimEnd(sb);
        return sb.ToString();
    }

    // A Markdown fence: Slack's mrkdwn and Discord both show ``` blocks as code
    // (https://api.slack.com/reference/surfaces/formatting, https://support.discord.com/hc/en-us/articles/210298617).
    // A fence inside the code would end the block early, so its backticks are kept apart.
    public static string Fenced(string code) => "```\n" + code.Replace("```", "`\u200B`\u200B`", StringComparison.Ordinal) + "\n```";

    // Plain text: code indented by four spaces, as in Markdown's indented code blocks.
    public static string Indented(string code) => string.Join('\n', code.Split('\n').Select(l => "    " + l));

    private static void TrimEnd(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] is ' ' or '\n')
        {
            sb.Length--;
        }
    }
}
