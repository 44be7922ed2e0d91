namespace Bot.Knowledge.Answers;

// An indexed document, as sources lists it.
public sealed record DocumentSummary(string Document, string Title, string? Source, DateOnly? Published, string? Author, string? Url, int Passages);
