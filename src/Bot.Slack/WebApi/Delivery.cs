namespace Bot.Slack.WebApi;

/// <summary>How a Web API call may be retried.</summary>
internal enum Delivery
{
    /// <summary>Repeating it changes nothing (auth.test, reactions): 5xx and network errors are retried.</summary>
    Idempotent,

    /// <summary>It posts something: retried only when the request provably never reached Slack, or on 429.</summary>
    AtMostOnce,
}
