using Markdig;

namespace Boutique.Graph.Catalog;

/// <summary>
/// Product descriptions are Markdown written by editors; shoppers get HTML. Raw HTML in the source is
/// disabled (it is escaped, never passed through), so a description cannot inject markup or script.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public static string? ToHtml(string? markdown) => markdown is null ? null : Markdown.ToHtml(markdown, s_pipeline);
}
