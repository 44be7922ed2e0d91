namespace Bot.Knowledge.Answers;

/// <summary>An indexed document, as <c>sources</c> lists it.</summary>
public sealed record DocumentSummary(string Document, string Title, string? Source, DateOnly? Published, string? Author, string? Url, int Passages);
