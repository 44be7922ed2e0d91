namespace Bot.Slack.Http;

// The outcome of checking a request's Slack signature; anything but Valid is answered 401.
internal enum SignatureCheck
{
    Valid,
    Missing,
    Malformed,
    Stale,
    Mismatch,
    NotConfigured,
}
