using Bot.Chat.Conversations;
using Bot.Knowledge;
using Bot.Knowledge.Index;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bot.Hosting;

// GET /healthz: the index (documents, passages, built at) and each adapter's connection state.
internal static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (KnowledgeBase knowledge, IEnumerable<IAdapterStatus> adapters) =>
        {
            var status = knowledge.Index.GetStatus();
            var body = new HealthJson(
                status.IsUsable ? "ok" : "degraded",
                new HealthIndexJson(status.State.ToString().ToLowerInvariant(), status.Info?.Documents, status.Info?.Passages, status.Info?.BuiltAt, status.Info?.Trigger?.Describe(), knowledge.Index.IsRebuilding),
                adapters.ToDictionary(a => a.Name, a => a.State));
            return Results.Json(body, HostJsonContext.Default.HealthJson, statusCode: status.IsUsable ? 200 : 503);
        });
        return endpoints;
    }
}
