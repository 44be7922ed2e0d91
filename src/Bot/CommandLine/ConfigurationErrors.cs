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
        // Reflection-based validation says "… members: 'X' with the error: '…'"; the generated
        // validators ([OptionsValidator]) say "X: The field Type.X must …".
        var match = DataAnnotation().Match(failure);
        if (!match.Success)
        {
            match = Generated().Match(failure);
        }

        if (!match.Success)
        {
            return "Configuration error: " + failure;
        }

        var member = match.Groups["member"].Value;
        var key = $"{section}:{member}";
        var error = match.Groups["error"].Value.TrimEnd('.');
        var field = FieldPrefix(member).Match(error);
        error = field.Success ? error[field.Length..] : error;
        return $"Configuration error: {key} {error}";
    }

    // "The field X ", "The field Type.X ", "The X field ", "The Type.X field ".
    private static Regex FieldPrefix(string member) =>
        new($@"^The (field (\w+\.)?{Regex.Escape(member)} |(\w+\.)?{Regex.Escape(member)} field )", RegexOptions.CultureInvariant);

    // The options classes keep their section name in a Section constant; "KnowledgeOptions" → "Knowledge" otherwise.
    private static string Section(Type optionsType) =>
        optionsType.GetField("Section")?.GetRawConstantValue() as string
        ?? (optionsType.Name.EndsWith("Options", StringComparison.Ordinal) ? optionsType.Name[..^"Options".Length] : optionsType.Name);

    [GeneratedRegex(@"members: '(?<member>[^']+)' with the error: '(?<error>.*)'\.?$")]
    private static partial Regex DataAnnotation();

    [GeneratedRegex(@"^(?<member>\w+): (?<error>.*)$")]
    private static partial Regex Generated();
}
