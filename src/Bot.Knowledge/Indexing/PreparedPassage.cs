namespace Bot.Knowledge.Indexing;

/// <summary>A passage ready to store: its text, its stems with sentence breaks, and its length in terms.</summary>
internal sealed record PreparedPassage(int Ordinal, int Paragraph, string Text, string Stems, int Length, string? Section, string? SectionStems, int? Page, Passages.PassageKind Kind);
