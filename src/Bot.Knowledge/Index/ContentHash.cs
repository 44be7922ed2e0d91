using System.Security.Cryptography;
using System.Text;
using Bot.Knowledge.Documents;

namespace Bot.Knowledge.Index;

// A hash of what the corpus files say, in any reading order. Modification times change when the
// files are copied or cloned; this does not, so a fresh clone of the same corpus is not stale.
internal sealed class ContentHash
{
    private readonly List<(string Path, string Hash)> _files = [];

    public void Add(DocumentFile file)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file.Text)));
        lock (_files)
        {
            _files.Add((file.RelativePath, hash));
        }
    }

    public string Compute()
    {
        var sb = new StringBuilder($"schema={IndexSchema.Version};parser={DocumentParser.Version}\n");
        lock (_files)
        {
            foreach (var (path, hash) in _files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                sb.Append(path).Append('\t').Append(hash).Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    // Reads the whole corpus: only when the cheap fingerprint (sizes and times) differs.
    public static string Of(IDocumentSource source, CancellationToken cancellationToken = default)
    {
        var content = new ContentHash();
        foreach (var file in source.Read(_ => { }, cancellationToken))
        {
            content.Add(file);
        }

        return content.Compute();
    }
}
