using Bot.Knowledge.Passages;

namespace Bot.Knowledge.Documents;

// One unit of a read document: a paragraph, a whole list, a whole table or a code block, with the
// heading path it sits under and its page. Lists and tables keep their parts (Items)
// so the passage builder can split a long one between items and repeat Lead (the
// lead-in sentence or heading, and a table's header) on every piece.
// Text: The whole block as readable text (items joined by new lines).
// Items: List items or table rows, each readable alone; empty for prose and code.
public sealed record DocumentBlock(
    string Text,
    PassageKind Kind = PassageKind.Prose,
    string? Section = null,
    int? Page = null,
    string? Language = null,
    string? Lead = null,
    IReadOnlyList<string>? Items = null);
