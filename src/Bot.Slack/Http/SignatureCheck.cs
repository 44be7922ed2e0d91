namespace Bot.Slack.Http;

/// <summary>The outcome of checking a request's Slack signature; anything but <see cref="Valid"/> is answered 401.</summary>
internal enum SignatureCheck
{
    Valid,
    Missing,
    Malformed,
    Stale,
    Mismatch,
    NotConfigured,
}
