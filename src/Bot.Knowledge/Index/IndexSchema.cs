namespace Bot.Knowledge.Index;

// The Lucene fields of an index generation. A passage is one Lucene document: its stems are indexed
// (whitespace-separated, already analysed by TextAnalyzer, so search and
// reranker see the same terms) and stored with sentence breaks for the reranker; the citation's
// fields are stored. Each source document adds one more Lucene document with its metadata and its
// distinct words, unstemmed, for typo correction.
internal static class IndexSchema
{
    // Bump when the fields or what goes into them change; an older index is rebuilt.
    public const int Version = 10;

    public const string Kind = "kind";
    public const string PassageKind = "p";
    public const string DocumentKind = "d";

    // Passage fields.
    public const string Body = "body";
    public const string Title = "title";
    public const string Section = "section";
    public const string Text = "text";
    public const string Paragraph = "paragraph";
    public const string SectionText = "section_text";
    public const string Page = "page";
    public const string PassageType = "passage_kind";

    // The title's stems that the passage's body lacks (documents only): passages with a stem in
    // body or title, for term weights, are its body's count plus this field's, two disjoint sets.
    public const string TitleOnly = "title_only";

    // The document's front matter tags (stems), searchable at a low boost.
    public const string Tags = "tags";

    // Section and tag stems the passage's body and title lack, added to document frequencies like TitleOnly.
    public const string HeadingOnly = "heading_only";

    // Document fields (also stored on each passage for its citation).
    public const string Path = "path";
    public const string DocumentTitle = "doc_title";
    public const string Source = "source";
    public const string Published = "published";
    public const string Author = "author";
    public const string Url = "url";
    public const string Passages = "passages";
    public const string Words = "words";

    // Separates sentences in the stored stems; never a stem itself, and not indexed.
    public const string SentenceBreak = "|";

    // First-stage field boosts: a title or section heading match says more than a body match.
    public const float TitleBoost = 2.0f;
    public const float SectionBoost = 1.5f;

    // Tags are a few words for a whole document: a hint, weaker than a body match.
    public const float TagsBoost = 0.5f;
}
