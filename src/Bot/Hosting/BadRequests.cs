using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Hosting;

// A client's fault (a body arriving too slowly, cut with 408; one too large) is answered with its
// status and one Information line, instead of Kestrel's error-level "unhandled exception" with a
// stack trace, which would page an operator for somebody else's slow connection.
internal static class BadRequests
{
    public static IApplicationBuilder UseBadRequestAnswers(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BadRequests).FullName!);
        return app.Use(async (context, next) =>
        {
            try
            {
                await next(context).ConfigureAwait(false);
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted)
            {
                logger.LogInformation("Request to {Path} answered {Status}: {Reason}", context.Request.Path.Value, e.StatusCode, e.Message);
                context.Response.StatusCode = e.StatusCode;
            }
        });
    }
}
