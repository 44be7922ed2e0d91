using Bot.Testing;

namespace Bot.Knowledge.Tests.Evaluation;

/// <summary>A fact that needs a file under ../shared (third-party data we do not ship); skipped with a message naming it when absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(params string[] path)
    {
        if (TestPaths.SharedFile(path) is null)
        {
            Skip = $"needs ../shared/{string.Join('/', path)} (the workplace's shared folder), absent here";
        }
    }
}
