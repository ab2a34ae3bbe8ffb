using Boutique.Storefront.Catalog;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Boutique.Storefront.TagHelpers;

/// <summary>
/// <c>&lt;price amount="@p.Price" compare-at="@p.CompareAtPrice" /&gt;</c>: the price in euros and, when the
/// product is on sale, the struck-through "was" price, worded for screen readers too.
/// </summary>
[HtmlTargetElement("price", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PriceTagHelper : TagHelper
{
    public decimal Amount { get; set; }

    public decimal? CompareAt { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var onSale = CompareAt is { } was && was > Amount;
        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "price");
        if (!onSale)
        {
            output.Content.Append(Money.Format(Amount));
            return;
        }

        output.Content.AppendHtml("<span class=\"price-now\"><span class=\"visually-hidden\">Now </span>")
            .Append(Money.Format(Amount))
            .AppendHtml("</span> <s class=\"price-was\"><span class=\"visually-hidden\">was </span>")
            .Append(Money.Format(CompareAt!.Value))
            .AppendHtml("</s>");
    }
}
