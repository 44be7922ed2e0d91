namespace Bot.Slack.Tests.Fakes;

// Sends every response_url post (https://hooks.slack.com/commands/…, as in the fixtures) to the fake
// instead, keeping the path and the original Host header: the test's stand-in for DNS.
internal sealed class ToFakeHandler(Uri fake) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var original = request.RequestUri!;
        request.RequestUri = new UriBuilder(original) { Scheme = fake.Scheme, Host = fake.Host, Port = fake.Port }.Uri;
        request.Headers.Host = original.Host;
        return base.SendAsync(request, cancellationToken);
    }
}
