using Bot.Knowledge.Documents;
using Bot.Knowledge.Index;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    // Registers the index and the knowledge base from the Knowledge section. Paths are used as
    // given (the host resolves relative ones before this runs).
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KnowledgeOptions>, KnowledgeOptionsValidator>());
        services.TryAddSingleton<IDocumentSource>(sp => new FolderDocumentSource(
            sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.CorpusPath,
            sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Reading));
        services.AddSingleton(sp => new KnowledgeIndex(
            sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.IndexPath,
            sp.GetRequiredService<IDocumentSource>(),
            sp.GetService<ILogger<KnowledgeIndex>>()));
        services.AddSingleton(sp => new KnowledgeBase(
            sp.GetRequiredService<KnowledgeIndex>(),
            sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value,
            sp.GetService<ILogger<KnowledgeBase>>()));
        services.TryAddSingleton(sp => new CorpusWatcher(
            sp.GetRequiredService<KnowledgeIndex>(),
            sp.GetRequiredService<IDocumentSource>(),
            sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.CorpusPath,
            sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Watching,
            sp.GetService<TimeProvider>(),
            sp.GetService<ILogger<CorpusWatcher>>()));
        return services;
    }
}
