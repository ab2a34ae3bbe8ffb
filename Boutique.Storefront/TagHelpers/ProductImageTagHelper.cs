using Boutique.Storefront.GraphQL;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Boutique.Storefront.TagHelpers;

/// <summary>
/// <c>&lt;img picture="@image" fallback-alt="@name" sizes="…" /&gt;</c>: a product picture with its intrinsic
/// width and height (no layout shift), alt text, lazy loading (unless <c>eager</c>, for the picture above
/// the fold) and a one-candidate srcset so <c>sizes</c> tells the browser how wide it is drawn. The URL is the
/// API's (<c>/images/…</c>, served here through the pass-through) or absolute.
/// </summary>
[HtmlTargetElement("img", Attributes = "picture")]
public sealed class ProductImageTagHelper : TagHelper
{
    public IPicture? Picture { get; set; }

    public string? FallbackAlt { get; set; }

    public bool Eager { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Picture is null)
        {
            output.SuppressOutput();
            return;
        }

        output.Attributes.SetAttribute("src", Picture.Url);
        output.Attributes.SetAttribute("srcset", $"{Picture.Url} {Picture.Width}w");
        output.Attributes.SetAttribute("width", Picture.Width);
        output.Attributes.SetAttribute("height", Picture.Height);
        output.Attributes.SetAttribute("alt", string.IsNullOrWhiteSpace(Picture.Alt) ? FallbackAlt ?? "" : Picture.Alt);
        output.Attributes.SetAttribute("loading", Eager ? "eager" : "lazy");
        output.Attributes.SetAttribute("decoding", "async");
        if (!output.Attributes.ContainsName("sizes")) output.Attributes.SetAttribute("sizes", "100vw");
    }
}
