namespace Bot.Slack.WebApi;

// How a Web API call may be retried.
internal enum Delivery
{
    // Repeating it changes nothing (auth.test, reactions): 5xx and network errors are retried.
    Idempotent,

    // It posts something: retried only when the request provably never reached Slack, or on 429.
    AtMostOnce,
}
