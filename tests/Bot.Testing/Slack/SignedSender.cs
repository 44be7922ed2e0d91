using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bot.Testing.Slack;

// Posts to the bot as Slack does: the raw body signed with v0 HMAC-SHA256 (https://api.slack.com/authentication/verifying-requests-from-slack).
internal static class SignedSender
{
    public static string Sign(string secret, long timestamp, byte[] body)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var basestring = Encoding.ASCII.GetBytes($"v0:{timestamp.ToString(CultureInfo.InvariantCulture)}:").Concat(body).ToArray();
        return "v0=" + Convert.ToHexStringLower(hmac.ComputeHash(basestring));
    }

    // timestamp: null: now.
    // signature: Overrides the computed signature ("" sends none).
    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient http, Uri url, byte[] body, string contentType, string secret, CancellationToken cancellationToken,
        long? timestamp = null, string? signature = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        var ts = timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        var sig = signature ?? Sign(secret, ts, body);
        if (sig.Length > 0)
        {
            request.Headers.Add("X-Slack-Signature", sig);
            request.Headers.Add("X-Slack-Request-Timestamp", ts.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        return await http.SendAsync(request, cancellationToken);
    }
}
