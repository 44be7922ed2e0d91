using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bot.Knowledge.Documents;

namespace Bot.Knowledge.Index;

// Identifies a version of the corpus from each file's path, size and modification time (cheap
// enough to compute on every start) plus the parser and schema versions, so a change to any
// of them makes the index stale.
internal static class CorpusFingerprint
{
    public static string Compute(IEnumerable<DocumentStamp> stamps)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"schema={IndexSchema.Version};parser={DocumentParser.Version}\n");
        foreach (var s in stamps)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{s.RelativePath}\t{s.Length}\t{s.LastWriteUtc.UtcTicks}\n");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
