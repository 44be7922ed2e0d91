using System.Text.RegularExpressions;

namespace Bot.Knowledge.Questions;

// What a question asks about a document rather than about its content.
internal enum MetadataField
{
    None,
    Author,
    Publisher,
    Date,
}

// "Who wrote the article on …", "Which outlet reported …", "When was the story about … published":
// questions about the document itself, answered from its metadata. Author and date questions must
// name a document ("the article", "this report"), or "who wrote …" would catch "who wrote the law"; words that
// also name other things ("paper", "agency", "site") do not make a publisher question, and an outlet
// question must be about reporting ("which outlet reported …") or name a document.
internal static partial class MetadataQuestion
{
    private const string DocumentNoun = @"\b(article|story|report|piece|post|blog|page|document|news item|item|essay|interview|column|editorial|press release)s?\b";

    [GeneratedRegex(@"\b(who\s+(wrote|authored|penned)|who\s+is\s+the\s+(author|writer)|author\s+of|written\s+by\s+whom|byline)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Author();

    [GeneratedRegex(@"\b(which|what)\s+(news\s+)?(outlet|publication|newspaper|news\s+agency|news\s+site|website|publisher|magazine)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Outlet();

    [GeneratedRegex(@"\bwho\s+published\b|\bpublished\s+(by|in)\s+(which|what|whom)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Publisher();

    // What an outlet does with a story; "which newspaper defined southern California" asks about the content.
    [GeneratedRegex(@"\b(report|reports|reported|reporting|publish|publishes|published|cover|covers|covered|run|runs|ran|carry|carries|carried|break|broke|write|wrote|written|print|printed|say|says|said|quote|quoted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reporting();

    [GeneratedRegex(@"\b(when\s+(was|were|did)\b.*\b(published|written|posted|released|publish|write|post|come out|appear)|(what|which)\s+(date|day)\b.*\b(published|written|posted)|publication\s+date)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Date();

    [GeneratedRegex(DocumentNoun, RegexOptions.IgnoreCase)]
    private static partial Regex Document();

    public static MetadataField Of(string question)
    {
        if (Publisher().IsMatch(question) || Outlet().IsMatch(question) && (Reporting().IsMatch(question) || Document().IsMatch(question)))
        {
            return MetadataField.Publisher;
        }

        if (!Document().IsMatch(question))
        {
            return MetadataField.None;
        }

        return Author().IsMatch(question) ? MetadataField.Author : Date().IsMatch(question) ? MetadataField.Date : MetadataField.None;
    }
}
