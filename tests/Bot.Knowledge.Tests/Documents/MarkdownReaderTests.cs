using Bot.Knowledge.Documents;
using Bot.Knowledge.Passages;

namespace Bot.Knowledge.Tests.Documents;

public sealed class MarkdownReaderTests
{
    private static SourceDocument Read(string markdown, string name = "guide.md") =>
        DocumentParser.Parse(new DocumentFile(name, markdown, markdown.Length, default));

    private static IReadOnlyList<Passage> Passages(string markdown, int maxChars = PassageLimits.DefaultMaxChars) =>
        PassageSplitter.Split(Read(markdown) with { MaxPassageChars = maxChars });

    [Fact]
    public void Front_matter_gives_title_date_author_url_and_tags_and_is_not_body_text()
    {
        var doc = Read("""
            ---
            title: "Setting up tokens"
            date: 2024-05-06
            author: Ada Lovelace
            url: https://docs.example.org/tokens
            tags:
              - auth
              - tokens
            ---

            Tokens are created in the app settings page before the first deploy.
            """);

        Assert.Equal(new DocumentMetadata("Setting up tokens", null, new DateOnly(2024, 5, 6), "Ada Lovelace", "https://docs.example.org/tokens") { Tags = doc.Metadata.Tags }, doc.Metadata);
        Assert.Equal(["auth", "tokens"], doc.Metadata.Tags);
        Assert.Equal(["Tokens are created in the app settings page before the first deploy."], doc.Paragraphs);
    }

    [Fact]
    public void Inline_tags_list_in_front_matter_is_read()
    {
        var doc = Read("---\ntags: [events, \"listeners\"]\n---\n\nBody text here.\n");
        Assert.Equal(["events", "listeners"], doc.Metadata.Tags);
    }

    [Fact]
    public void First_heading_is_the_title_and_later_headings_form_the_section_path_without_it()
    {
        var passages = Passages("""
            # Listening to events

            Apps subscribe to events in the settings.

            ## Filtering {#filtering}

            A constraint object narrows the events.

            ### By subtype

            The subtype middleware matches message subtypes.

            ## Errors

            Errors go to the global handler.
            """);

        Assert.Equal("Listening to events", passages[0].Metadata.Title);
        Assert.Equal([null, "Filtering", "Filtering › By subtype", "Errors"], passages.Select(p => p.Section));
    }

    [Fact]
    public void Short_paragraphs_merge_within_a_section_but_never_across_a_heading()
    {
        var passages = Passages("""
            # Guide

            ## Install

            Run the installer first.

            Then restart the shell.

            ## Configure

            Edit the config file.
            """);

        Assert.Equal(2, passages.Count);
        Assert.Equal("Run the installer first. Then restart the shell.", passages[0].Text);
        Assert.Equal("Edit the config file.", passages[1].Text);
    }

    [Fact]
    public void Title_is_never_a_badge_a_link_or_a_table_of_contents()
    {
        Assert.Equal("guide", Read("# [![build](https://ci.example/badge.svg)](https://ci.example)\n\nSome text here.\n").Metadata.Title);
        Assert.Equal("guide", Read("# [Home](https://example.org)\n\nSome text here.\n").Metadata.Title);
        Assert.Equal("guide", Read("# Table of Contents\n\n- [Intro](#intro)\n").Metadata.Title);
        Assert.Equal("guide", Read("# Changelog\n\n## 1.0\n\nFirst release.\n").Metadata.Title);
    }

    [Fact]
    public void Two_column_table_rows_read_as_key_and_value_with_the_lead_in_and_no_pipes()
    {
        var passages = Passages("""
            # Reference

            ## Options

            The constructor accepts these options:

            | Option | Description |
            | :--- | :--- |
            | `token` | The bot token. |
            | `port` | 3000 |
            | `logLevel` | INFO |
            """);

        var table = Assert.Single(passages);
        Assert.Equal(PassageKind.Table, table.Kind);
        Assert.Equal("Options", table.Section);
        Assert.Equal(
            "The constructor accepts these options: (Option — Description)\n`token` — The bot token.\n`port` — 3000.\n`logLevel` — INFO.",
            table.Text);
        Assert.DoesNotContain('|', table.Text);
    }

    [Fact]
    public void Wider_table_rows_name_each_cell_by_its_header_and_skip_empty_cells()
    {
        var passages = Passages("""
            | Argument | Listener | Description |
            |---|---|---|
            | `say` | `message` | Sends a message |
            | `ack` | | Acknowledges |
            """);

        Assert.Equal(
            "Argument: `say`; Listener: `message`; Description: Sends a message.\nArgument: `ack`; Description: Acknowledges.",
            Assert.Single(passages).Text);
    }

    [Fact]
    public void A_long_table_is_split_between_whole_rows_with_the_lead_in_and_header_repeated()
    {
        var rows = string.Join('\n', Enumerable.Range(1, 40).Select(i => $"| `option{i}` | What option number {i} changes in the application when it starts. |"));
        var passages = Passages($"## Settings\n\nEvery setting:\n\n| Name | Meaning |\n|---|---|\n{rows}\n", maxChars: 600);

        Assert.True(passages.Count > 3);
        Assert.All(passages, p =>
        {
            Assert.True(p.Text.Length <= 600, p.Text);
            Assert.StartsWith("Every setting: (Name — Meaning)\n", p.Text, StringComparison.Ordinal);
            Assert.Equal(PassageKind.Table, p.Kind);
        });
        var allRows = passages.SelectMany(p => p.Text.Split('\n').Skip(1)).ToList();
        Assert.Equal(Enumerable.Range(1, 40).Select(i => $"`option{i}` — What option number {i} changes in the application when it starts."), allRows);
    }

    [Fact]
    public void A_list_keeps_its_lead_in_and_every_item_however_short_including_nested_and_wrapped_ones()
    {
        var passages = Passages("""
            ## Steps

            To deploy:

            1. Build.
            2. Push the image to the
               registry you configured.
               - `docker push`
            3. Done
            """);

        var list = Assert.Single(passages);
        Assert.Equal(PassageKind.List, list.Kind);
        Assert.Equal("To deploy:\n1. Build.\n2. Push the image to the registry you configured.\n  - `docker push`\n3. Done", list.Text);
    }

    [Fact]
    public void Code_blocks_in_any_fence_are_one_passage_each_with_their_language_and_no_fence()
    {
        var passages = Passages("""
            ## Code

            ```js title="app.js"
            const app = new App({ token });
            app.event('app_mention', async ({ say }) => { await say('hi'); });
            ```

            ~~~shell
            npm install @slack/bolt
            ~~~

                web: node app.js
            """);

        Assert.Equal(3, passages.Count);
        Assert.All(passages, p => Assert.Equal(PassageKind.Code, p.Kind));
        Assert.Equal(["js", "shell", null], passages.Select(p => p.Language));
        Assert.Equal("const app = new App({ token });\napp.event('app_mention', async ({ say }) => { await say('hi'); });", passages[0].Text);
        Assert.Equal("web: node app.js", passages[2].Text);
        Assert.DoesNotContain(passages, p => p.Text.Contains("```", StringComparison.Ordinal) || p.Text.Contains("~~~", StringComparison.Ordinal));
    }

    [Fact]
    public void Admonitions_alerts_and_mdx_components_keep_their_text_without_markers()
    {
        var text = string.Join(' ', Read("""
            :::info[This feature requires a paid plan]

            Sandboxes are free for members.

            :::

            > [!NOTE]
            > Socket Mode needs an app token.

            <Danger>
            Never commit your signing secret.
            </Danger>

            <Tabs>
            <TabItem value="js" label="JavaScript">

            Bolt for JavaScript does not support the legacy API.

            </TabItem>
            </Tabs>
            """).Paragraphs);

        Assert.Equal("This feature requires a paid plan. Sandboxes are free for members. Socket Mode needs an app token. Never commit your signing secret. Bolt for JavaScript does not support the legacy API.", text);
    }

    [Fact]
    public void Mdx_module_lines_and_expressions_are_not_text()
    {
        var doc = Read("""
            import Tabs from '@theme/Tabs';
            import TabItem from '@theme/TabItem';

            {/* shown only in the sidebar */}

            Install the package first.
            """, "setup.mdx");

        Assert.Equal(["Install the package first."], doc.Paragraphs);
    }

    [Fact]
    public void Links_keep_anchor_text_images_keep_alt_text_and_reference_definitions_and_tags_are_dropped()
    {
        var doc = Read("""
            Read the [OAuth guide][oauth] or the [API docs](https://api.example.org) first, <b>then</b> continue. ![A diagram of the flow](flow.png)

            [oauth]: https://example.org/oauth
            [unused]: https://example.org/unused "Title"
            """);

        Assert.Equal(["Read the OAuth guide or the API docs first, then continue. A diagram of the flow"], doc.Paragraphs);
    }

    [Fact]
    public void Scraped_page_rules_do_not_apply_to_markdown()
    {
        var doc = Read("""
            Bolt for JavaScript does not support this.

            Run `slack login` to sign in.

            Share the link with your team.
            """);

        Assert.Equal(["Bolt for JavaScript does not support this.", "Run `slack login` to sign in.", "Share the link with your team."], doc.Paragraphs);
    }

    [Fact]
    public void Publisher_comes_only_from_a_copyright_line_of_its_own_never_from_prose_or_code()
    {
        Assert.Null(Read("The MIT licence applies; copyright remains with the original authors of each file.\n").Metadata.Source);
        Assert.Null(Read("```\n// Copyright (c) 2020 Code Owner Inc.\n```\n").Metadata.Source);
        Assert.Equal("Example Technologies, LLC", Read("Some text.\n\nCopyright (c) 2019 Example Technologies, LLC\n").Metadata.Source);
    }

    [Fact]
    public void Unknown_metadata_stays_null()
    {
        var metadata = Read("Just a paragraph written on 3 March 2021 by somebody.\n").Metadata;
        Assert.Null(metadata.Published);
        Assert.Null(metadata.Author);
        Assert.Null(metadata.Source);
    }
}
