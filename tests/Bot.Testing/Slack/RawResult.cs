using Microsoft.AspNetCore.Http;

namespace Bot.Testing.Slack;

// An HTTP answer with exactly this status, these headers and this body.
internal sealed class RawResult(int status, string body, params (string Name, string Value)[] headers) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = status;
        foreach (var (name, value) in headers)
        {
            httpContext.Response.Headers[name] = value;
        }

        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await httpContext.Response.WriteAsync(body);
    }

    // Slack's 429 as https://api.slack.com/apis/rate-limits describes it: HTTP 429 with a Retry-After: <seconds> header and a JSON body.
    public static RawResult RateLimited(int seconds) =>
        new(429, """{"ok": false, "error": "ratelimited"}""", ("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    // The docs' 429 verbatim (web_api/http_429_retry_after_api_slack_com.http: status line and Retry-After header)
    // with the wait set to seconds instead of the example's 30, and the JSON body the SDK docs describe.
    public static RawResult RateLimitedAsDocumented(int seconds)
    {
        var lines = Fixture.Text("web_api", "http_429_retry_after_api_slack_com.http").Split('\n').Select(l => l.Trim()).ToArray();
        var status = lines.Single(l => l.StartsWith("HTTP/1.1 ", StringComparison.Ordinal));
        var header = lines.Single(l => l.StartsWith("Retry-After:", StringComparison.Ordinal));
        return new RawResult(int.Parse(status.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), """{"ok": false, "error": "ratelimited"}""",
            (header[..header.IndexOf(':', StringComparison.Ordinal)], seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
