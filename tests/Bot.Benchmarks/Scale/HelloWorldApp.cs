using Bot.Benchmarks.Corpora;

namespace Bot.Benchmarks.Scale;

// The start-up yardstick: a console hello world, written and built once into the cache.
internal static class HelloWorldApp
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
          </PropertyGroup>
        </Project>
        """;

    public static async Task<string> EnsureAsync()
    {
        var folder = Path.Combine(BenchPaths.Cache, "hello");
        var dll = Path.Combine(folder, "out", "hello.dll");
        if (File.Exists(dll))
        {
            return dll;
        }

        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "hello.csproj"), Project);
        await File.WriteAllTextAsync(Path.Combine(folder, "Program.cs"), "Console.WriteLine(\"hello\");\n");
        await Dotnet.RunAsync(folder, "build", "-c", "Release", "-o", "out", "--nologo", "-v", "q");
        return dll;
    }
}
