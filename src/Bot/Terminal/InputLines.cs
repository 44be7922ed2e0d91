using System.Text;

namespace Bot.Terminal;

// Lines as a person means them: ended by "\n" (a "\r\n" loses its "\r"). TextReader.ReadLine also
// ends a line at a lone "\r", so one piped line carrying a stray carriage return got two replies.
internal static class InputLines
{
    // The next line without its ending, or null at the end of input.
    public static string? Read(TextReader input)
    {
        var line = new StringBuilder();
        int c;
        while ((c = input.Read()) >= 0)
        {
            if (c == '\n')
            {
                return Trim(line);
            }

            line.Append((char)c);
        }

        return line.Length == 0 ? null : Trim(line);
    }

    private static string Trim(StringBuilder line)
    {
        if (line.Length > 0 && line[^1] == '\r')
        {
            line.Length--;
        }

        // A carriage return left inside the line is whitespace to the question, not a line break.
        return line.Replace('\r', ' ').ToString();
    }
}
