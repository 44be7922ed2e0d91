using System.Globalization;
using System.Text;

namespace Bot.Knowledge.Evaluation;

// The Cranfield test collection: cran.all.1400 (abstracts), cran.qry (queries,
// numbered 1..225 in file order) and cranqrel (query, document, grade 1 = complete answer …
// 4 = minimal interest, -1 = not relevant).
public sealed record CranfieldDataset(
    IReadOnlyList<(int Id, string Title, string Text)> Documents,
    IReadOnlyList<string> Queries,
    IReadOnlyDictionary<int, Dictionary<int, int>> Judgements)
{
    public static CranfieldDataset Load(string folder)
    {
        var documents = Records(Path.Combine(folder, "cran.all.1400"))
            .Select(r => (r.Id, Title: Clean(r.Fields.GetValueOrDefault('T', "")), Text: Clean(r.Fields.GetValueOrDefault('W', ""))))
            .ToList();
        var queries = Records(Path.Combine(folder, "cran.qry")).Select(r => Clean(r.Fields.GetValueOrDefault('W', ""))).ToList();
        var judgements = new Dictionary<int, Dictionary<int, int>>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "cranqrel")))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3)
            {
                continue;
            }

            var query = int.Parse(parts[0], CultureInfo.InvariantCulture);
            if (!judgements.TryGetValue(query, out var grades))
            {
                judgements[query] = grades = [];
            }

            grades[int.Parse(parts[1], CultureInfo.InvariantCulture)] = int.Parse(parts[2], CultureInfo.InvariantCulture);
        }

        return new CranfieldDataset(documents, queries, judgements);
    }

    // One file per abstract, its title as the first line, so the bot ingests it like any folder.
    public void Export(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (id, title, text) in Documents)
        {
            File.WriteAllText(Path.Combine(folder, FileName(id)), $"{title}\n\n{text}\n");
        }
    }

    public static string FileName(int id) => id.ToString("0000", CultureInfo.InvariantCulture) + ".txt";

    public static int IdOf(string fileName) => int.Parse(Path.GetFileNameWithoutExtension(fileName), CultureInfo.InvariantCulture);

    // Cranfield's text is lower case with spaced punctuation ("wing ."): join the lines, drop the dangling final stop.
    private static string Clean(string s)
    {
        var text = string.Join(' ', s.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return text.EndsWith(" .", StringComparison.Ordinal) ? text[..^2] + "." : text;
    }

    private static IEnumerable<(int Id, Dictionary<char, string> Fields)> Records(string path)
    {
        int? id = null;
        var fields = new Dictionary<char, string>();
        char? field = null;
        var value = new StringBuilder();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith(".I ", StringComparison.Ordinal))
            {
                if (id is { } previous)
                {
                    if (field is { } f) fields[f] = value.ToString();
                    yield return (previous, fields);
                }

                id = int.Parse(line[3..].Trim(), CultureInfo.InvariantCulture);
                fields = [];
                field = null;
                value.Clear();
            }
            else if (line.Length == 2 && line[0] == '.' && char.IsAsciiLetterUpper(line[1]))
            {
                if (field is { } f) fields[f] = value.ToString();
                field = line[1];
                value.Clear();
            }
            else
            {
                value.Append(line).Append('\n');
            }
        }

        if (id is { } last)
        {
            if (field is { } f) fields[f] = value.ToString();
            yield return (last, fields);
        }
    }
}
