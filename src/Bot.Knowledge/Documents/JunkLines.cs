using System.Text.RegularExpressions;

namespace Bot.Knowledge.Documents;

// General rules for the page furniture scraped articles carry: navigation, share and subscribe
// buttons, comment boxes, "READ: …" teasers, copyright lines, image credits and ads. Each rule
// is about the kind of line, never about a particular file, and most only fire on short lines so
// a real sentence that happens to say "share" or "support" is kept.
internal static partial class JunkLines
{
    [GeneratedRegex(@"^\W*(©|\(c\)\s|copyright\b)|all rights reserved|alle rechte vorbehalten|tous droits réservés", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^\W*(read|read more|also read|related|see also|watch|listen|recommended|more|don't miss)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Teaser();

    [GeneratedRegex(@"\b(subscribe|unsubscribe|newsletter|sign ?up|log ?in|sign ?in|register now|create an account|my account)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Subscribe();

    [GeneratedRegex(@"\b(share|tweet|whatsapp|facebook|twitter|linkedin|telegram|pinterest|reddit|email this|print this|copy link)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Share();

    [GeneratedRegex(@"\b(follow us|join us|on social|social media|find us on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Social();

    [GeneratedRegex(@"\b(patreon|become a patron|donate|support us|paypal|buy me a coffee)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Donate();

    [GeneratedRegex(@"^\W*(advertisement|advertising|sponsored( content)?|promoted|ad choices|anzeige|annonse|reklame)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Advert();

    [GeneratedRegex(@"kommentar|commentaire|comentario|\b(no comments|leave a (comment|reply)|post a comment|add a comment|write a comment|show comments|view comments|\d+ comments?|comments? \(\d+\))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommentBox();

    [GeneratedRegex(@"^\W*(photo|image|picture|foto|bild|credit|illustration)s?\s*(\w+\s*)?[:=]|\b(photo|image|picture)\s+(by|credit|courtesy)\b|\b(getty images|ap photo|afp via|reuters/)|^\W*via\s|\bvia\s+[\w\s]*\b(media|images|photos?|getty|reuters|afp)\b\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex ImageCredit();

    [GeneratedRegex(@"\[(image|photo|picture|img)[^\]]*\]", RegexOptions.IgnoreCase)]
    private static partial Regex InlineImageCredit();

    [GeneratedRegex(@"(cookies?|javascript|enable js|your browser)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Browser();

    // Removes inline image credits ("[Image source=…]") from a line.
    public static string StripInline(string line) => InlineImageCredit().Replace(line, "").Trim();

    // True when the line is page furniture, not content.
    public static bool IsJunk(string line, int words) =>
        IsCopyright(line, words)
        || Teaser().IsMatch(line)
        || Advert().IsMatch(line)
        || (words < 12 && Subscribe().IsMatch(line))
        || (words < 6 && Share().IsMatch(line))
        || (words < 10 && Social().IsMatch(line))
        || (words < 20 && Donate().IsMatch(line))
        || (words < 16 && CommentBox().IsMatch(line))
        || (words < 14 && ImageCredit().IsMatch(line))
        || (words < 12 && Browser().IsMatch(line));

    // Notices and credit lines (copyright, "Source: …", "Support X on Patreon") are short lines of
    // their own; a paragraph of prose that quotes one is not a notice.
    public const int MaxNoticeWords = 40;

    public static bool IsCopyright(string line, int words) => words < MaxNoticeWords && Copyright().IsMatch(line);
}
