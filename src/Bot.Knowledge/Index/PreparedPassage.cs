namespace Bot.Knowledge.Index;

// A passage ready to store: its text, its stems with sentence breaks, its length in terms, and its title's stems that its body lacks.
internal sealed record PreparedPassage(int Ordinal, int Paragraph, string Text, string Stems, int Length, string? Section, string? SectionStems, int? Page, Passages.PassageKind Kind, string TitleOnlyStems)
{
    // Its section heading's and its document's tags' stems that neither its body nor its title has.
    public string HeadingOnlyStems { get; init; } = "";
}
