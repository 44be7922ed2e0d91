using Bot.Hosting;
using Bot.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Hosting;

// The CLI skips the container's build-time check for speed; this test keeps it.
public sealed class CliServicesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Every_cli_registration_can_be_constructed()
    {
        var configuration = Configuration(("Knowledge:CorpusPath", _folder.CopySeeds()));

        await using var services = CliServices.Build(configuration, validateOnBuild: true);

        Assert.NotNull(services.GetRequiredService<KnowledgeBase>());
        Assert.NotNull(services.GetRequiredService<Bot.Knowledge.Index.CorpusWatcher>());
    }

    [Fact]
    public void A_bad_knowledge_setting_is_refused_by_the_generated_validator_naming_the_key()
    {
        var configuration = Configuration(("Knowledge:CorpusPath", _folder.Path), ("Knowledge:WatchDebounce", "02:00:00"));

        var error = Assert.Throws<OptionsValidationException>(() => CliServices.Build(configuration));

        Assert.Equal(["Configuration error: Knowledge:WatchDebounce must be between 00:00:00 and 01:00:00"], Bot.CommandLine.ConfigurationErrors.Lines(error));
    }

    private IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(
            values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))
                .Append(new("Knowledge:IndexPath", _folder.File("index/lucene")))).Build();
}
