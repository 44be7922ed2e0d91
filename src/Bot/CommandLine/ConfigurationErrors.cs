using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Bot.CommandLine;

// Options validation failures as one line each that names the configuration key:
// "Knowledge:MaxQuestionLength must be between 20 and 100000", not DataAnnotations' "The field
// MaxQuestionLength …" inside a "DataAnnotation validation failed for 'KnowledgeOptions' members" wrapper.
internal static partial class ConfigurationErrors
{
    public static IEnumerable<string> Lines(OptionsValidationException e) =>
        e.Failures.Select(failure => Line(Section(e.OptionsType), failure));

    // A failure that is already a sentence (our own validators name the key) is kept as it is.
    public static string Line(string section, string failure)
    {
        var match = DataAnnotation().Match(failure);
        if (!match.Success)
        {
            return "Configuration error: " + failure;
        }

        var key = $"{section}:{match.Groups["member"].Value}";
        var error = match.Groups["error"].Value.TrimEnd('.');
        var field = "The field " + match.Groups["member"].Value + " ";
        error = error.StartsWith(field, StringComparison.Ordinal) ? error[field.Length..]
            : error.StartsWith("The " + match.Groups["member"].Value + " field ", StringComparison.Ordinal) ? error[(match.Groups["member"].Value.Length + 11)..]
            : error;
        return $"Configuration error: {key} {error}";
    }

    // The options classes keep their section name in a Section constant; "KnowledgeOptions" → "Knowledge" otherwise.
    private static string Section(Type optionsType) =>
        optionsType.GetField("Section")?.GetRawConstantValue() as string
        ?? (optionsType.Name.EndsWith("Options", StringComparison.Ordinal) ? optionsType.Name[..^"Options".Length] : optionsType.Name);

    [GeneratedRegex(@"members: '(?<member>[^']+)' with the error: '(?<error>.*)'\.?$")]
    private static partial Regex DataAnnotation();
}
