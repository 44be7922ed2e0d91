using Bot.Knowledge.Passages;

namespace Bot.Knowledge.Answers;

// Cuts a passage into the pieces an answer may quote, by what the passage is made of: prose into
// sentences, a table into rows, a list into items (with their sub-items), code into one block under
// the line introducing it. A row or an item is quoted with what makes it readable alone: its key,
// its list's lead-in.
internal static class AnswerUnits
{
    // A row or item up to this long is quoted whole; a longer one sentence by sentence, each under its key.
    private const int WholeRowLength = 300;

    // A lead-in up to this long is repeated before the item quoted from its list.
    private const int ShownLeadLength = 120;

    // A key longer than this ("`logLevel`", "Argument: `body`") is a sentence, not a key.
    private const int MaxKeyLength = 60;

    public static IReadOnlyList<AnswerUnit> Of(string text, PassageKind kind) => kind switch
    {
        PassageKind.Code => Code(text),
        PassageKind.List => List(text),
        PassageKind.Table => Table(text),
        _ => Prose(SentenceSplitter.Split(text)),
    };

    // Each sentence; one that points back ("He appointed …") is quoted after the sentence it points
    // to, and one followed by its alternative ("… Otherwise, it defaults to 3000.") with it.
    public static List<AnswerUnit> Prose(IReadOnlyList<string> sentences, string key = "", string context = "")
    {
        var units = new List<AnswerUnit>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            var own = sentences[i];
            var shown = own;
            var before = "";
            if (i > 0 && Anaphora.PointsBack(own))
            {
                before = sentences[i - 1];
                shown = before + " " + own;
            }

            if (i + 1 < sentences.Count && Anaphora.ContinuesWithAlternative(sentences[i + 1]))
            {
                own += " " + sentences[i + 1];
                shown += " " + sentences[i + 1];
            }

            // The first sentence of a row or item holds its key already.
            if (key.Length > 0 && i > 0)
            {
                shown = key + " " + shown;
                own = key + " " + own;
            }

            units.Add(new AnswerUnit(shown, own, Join(before, context)));
        }

        return units;
    }

    private static List<AnswerUnit> Table(string text)
    {
        var lines = text.Split('\n');
        var lead = lines.Length > 1 && IsTableLead(lines[0], lines[1]) ? lines[0] : "";
        var units = LeadUnits(lead);
        foreach (var row in lines.Skip(lead.Length > 0 ? 1 : 0))
        {
            units.AddRange(Row(row.Trim(), lead));
        }

        return units;
    }

    private static List<AnswerUnit> List(string text)
    {
        var lines = text.Split('\n');
        var lead = lines.Length > 1 && !ListItem.IsItem(lines[0]) ? lines[0] : "";
        var units = LeadUnits(lead);
        var shownLead = lead.Length is > 0 and <= ShownLeadLength ? lead.TrimEnd(':', '.', ' ') + " — " : "";
        var start = lead.Length > 0 ? 1 : 0;
        for (var i = start; i < lines.Length; i++)
        {
            var indent = ListItem.Indent(lines[i]);
            var item = ListItem.Strip(lines[i]);
            if (item.Length == 0)
            {
                continue;
            }

            // An item introducing sub-items ("Enable MCP for your app:") is answered by them.
            var children = new List<string>();
            for (var j = i + 1; j < lines.Length && ListItem.Indent(lines[j]) > indent; j++)
            {
                children.Add(ListItem.Strip(lines[j]));
            }

            var parent = indent > 0 ? Parent(lines, start, i, indent) : "";
            var whole = children.Count > 0 ? item.TrimEnd(':') + ": " + string.Join("; ", children.Select(c => c.TrimEnd('.'))) + "." : item;
            var context = Join(lead, parent);
            var prefix = indent > 0 && parent.Length is > 0 and <= ShownLeadLength ? parent.TrimEnd(':', '.', ' ') + " — " : shownLead;
            foreach (var unit in Row(whole, context))
            {
                units.Add(unit with { Lead = prefix });
            }
        }

        return units;
    }

    private static string Parent(string[] lines, int start, int index, int indent)
    {
        for (var k = index - 1; k >= start; k--)
        {
            if (ListItem.Indent(lines[k]) < indent)
            {
                return ListItem.Strip(lines[k]);
            }
        }

        return "";
    }

    // The sentences before a table or a list; the last one introduces it.
    private static List<AnswerUnit> LeadUnits(string lead)
    {
        var units = Prose(SentenceSplitter.Split(lead));
        if (units.Count > 0)
        {
            units[^1] = units[^1] with { IntroducesMore = true };
        }

        return units;
    }

    // A row or item: whole when short, else each sentence under the row's key ("`logLevel` — …").
    private static List<AnswerUnit> Row(string row, string context)
    {
        if (row.Length <= WholeRowLength)
        {
            return [new AnswerUnit(row, row, context)];
        }

        return Prose(SentenceSplitter.Split(row), KeyOf(row), context);
    }

    // "`logLevel` — Option to …" → "`logLevel` —"; "Argument: `body`; Listener: …" → "Argument: `body`;";
    // "`authVersion`: `string`. Settings …" → "`authVersion`:".
    private static string KeyOf(string row)
    {
        foreach (var separator in (string[])[" — ", "; ", ": "])
        {
            var at = row.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && at <= MaxKeyLength)
            {
                return row[..(at + separator.Length)].TrimEnd();
            }
        }

        return "";
    }

    // A table's first line is its lead-in unless it has the shape of the rows below it.
    private static bool IsTableLead(string first, string second)
    {
        if (first.EndsWith(')') && first.Contains(" — ", StringComparison.Ordinal) && first.Contains('('))
        {
            return true; // "… (Option — Description)"
        }

        var label = second.IndexOf(": ", StringComparison.Ordinal);
        if (label > 0 && second.Contains("; ", StringComparison.Ordinal))
        {
            return !first.StartsWith(second[..(label + 2)], StringComparison.Ordinal);
        }

        return second.Contains(" — ", StringComparison.Ordinal) && !first.Contains(" — ", StringComparison.Ordinal);
    }

    // Code under its introduction ("…paste the following:"): the introduction's other sentences are
    // prose; the last one and the code (at most MaxCodeLines lines) are one block.
    private static List<AnswerUnit> Code(string text)
    {
        var lines = text.Split('\n');
        var hasLead = lines.Length > 1 && lines[0].EndsWith(':') && char.IsUpper(lines[0][0]) && lines[0].Count(c => c == ' ') >= 3;
        var code = lines.Skip(hasLead ? 1 : 0).ToList();
        var shownCode = string.Join('\n', code.Take(MaxCodeLines)) + (code.Count > MaxCodeLines ? "\n…" : "");
        // Only the lines shown count: an answer cannot rest on code it does not show.
        if (!hasLead)
        {
            return [new AnswerUnit(shownCode, shownCode, IsCode: true) { CodeText = shownCode }];
        }

        var sentences = SentenceSplitter.Split(lines[0]);
        var units = Prose(sentences.Take(sentences.Count - 1).ToList());
        var intro = sentences[^1];
        var before = sentences.Count > 1 ? sentences[^2] : "";
        var shownIntro = sentences.Count > 1 && Anaphora.PointsBack(intro) ? before + " " + intro : intro;
        units.Add(new AnswerUnit(shownIntro + "\n" + shownCode, intro + "\n" + shownCode, before, IsCode: true) { CodeText = shownCode });
        return units;
    }

    public const int MaxCodeLines = 8;

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + " " + b;
}
