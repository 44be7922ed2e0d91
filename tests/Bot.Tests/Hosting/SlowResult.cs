using Microsoft.AspNetCore.Http;

namespace Bot.Tests.Hosting;

// A fake platform's JSON answer that takes delay to come: a slow Slack, as the bot sees it.
internal sealed class SlowResult(TimeSpan delay, string json) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        await Task.Delay(delay, httpContext.RequestAborted);
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await httpContext.Response.WriteAsync(json, httpContext.RequestAborted);
    }
}
