namespace Bot.Knowledge.Answers;

// A list line as the document reader writes it: indentation, a marker ("- ", "* ", "1. ", "2) ") and the item.
internal static class ListItem
{
    public static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    public static bool IsItem(string line) => MarkerLength(line.TrimStart(' ')) > 0;

    public static string Strip(string line)
    {
        var item = line.Trim();
        return item[MarkerLength(item)..].TrimStart();
    }

    private static int MarkerLength(string item)
    {
        if (item.Length > 1 && item[0] is '-' or '*' or '+' or '•' && item[1] == ' ')
        {
            return 2;
        }

        var digits = 0;
        while (digits < item.Length && char.IsAsciiDigit(item[digits]))
        {
            digits++;
        }

        return digits is > 0 and <= 3 && digits + 1 < item.Length && item[digits] is '.' or ')' && item[digits + 1] == ' ' ? digits + 2 : 0;
    }
}
