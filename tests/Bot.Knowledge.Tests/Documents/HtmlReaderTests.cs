using Bot.Knowledge.Documents;
using Bot.Knowledge.Passages;

namespace Bot.Knowledge.Tests.Documents;

public sealed class HtmlReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>Configuring webhooks | Example Docs</title>
          <link rel="canonical" href="https://docs.example.org/webhooks">
          <meta property="og:site_name" content="Example Docs">
          <meta name="author" content="Grace Hopper">
          <meta property="article:published_time" content="2024-02-03T10:00:00Z">
        </head><body>
          <nav><ul><li><a href="/">Home</a></li><li><a href="/pricing">Pricing</a></li><li><a href="/login">Log in</a></li></ul></nav>
          <article>
            <h1>Configuring webhooks</h1>
            <p>Webhooks let your service receive events as they happen, without polling the API every few seconds for changes that rarely come.</p>
            <h2>Signing secrets</h2>
            <p>Every request carries a signature header computed with your signing secret, so your endpoint can verify that the request really came from us and was not altered on the way.</p>
            <p>Rotate the secret from the dashboard whenever a team member who knew it leaves the project, and update the endpoint configuration at the same time.</p>
            <p>The verification steps are:</p>
            <ol><li>Read the <code>X-Signature</code> header.</li><li>Compute the HMAC.</li><li>Compare.</li></ol>
            <h3>Headers</h3>
            <table>
              <thead><tr><th>Header</th><th>Meaning</th></tr></thead>
              <tbody><tr><td><code>X-Signature</code></td><td>HMAC of the body</td></tr><tr><td><code>X-Timestamp</code></td><td>When it was sent</td></tr></tbody>
            </table>
            <pre><code class="language-python">hmac.new(secret, body, "sha256").hexdigest()</code></pre>
          </article>
          <footer><p>Copyright 2024 Example Inc. All rights reserved.</p></footer>
        </body></html>
        """;

    private static SourceDocument Read(string html) => DocumentParser.Parse(new DocumentFile("page.html", html, html.Length, default));

    [Fact]
    public void Metadata_comes_from_the_page_head_and_article()
    {
        var metadata = Read(Page).Metadata;

        Assert.Contains("Configuring webhooks", metadata.Title, StringComparison.Ordinal);
        Assert.Equal("https://docs.example.org/webhooks", metadata.Url);
        Assert.Equal("Example Docs", metadata.Source);
        Assert.Equal(new DateOnly(2024, 2, 3), metadata.Published);
        Assert.Equal("Grace Hopper", metadata.Author);
    }

    [Fact]
    public void The_article_body_is_read_with_section_paths_lists_tables_and_code_and_menus_are_left_out()
    {
        var passages = PassageSplitter.Split(Read(Page));
        var all = string.Join('\n', passages.Select(p => p.Text));

        Assert.DoesNotContain("Pricing", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<", all, StringComparison.Ordinal);
        Assert.Contains(passages, p => p.Section == "Signing secrets" && p.Text.StartsWith("Every request carries", StringComparison.Ordinal));
        var list = Assert.Single(passages, p => p.Kind == PassageKind.List);
        Assert.Equal("The verification steps are:\n1. Read the `X-Signature` header.\n2. Compute the HMAC.\n3. Compare.", list.Text);
        var table = Assert.Single(passages, p => p.Kind == PassageKind.Table);
        Assert.Equal("Signing secrets › Headers", table.Section);
        Assert.Equal("Headers (Header — Meaning)\n`X-Signature` — HMAC of the body.\n`X-Timestamp` — When it was sent.", table.Text);
        var code = Assert.Single(passages, p => p.Kind == PassageKind.Code);
        Assert.Equal("python", code.Language);
        Assert.Equal("hmac.new(secret, body, \"sha256\").hexdigest()", code.Text);
    }
}
