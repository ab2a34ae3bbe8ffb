using System.Text.Encodings.Web;
using System.Text.Json;

namespace Boutique.CatalogBaseline;

/// <summary>
/// Writes the response Boutique.Graph writes for the listing: the same property order (the selection
/// order), numbers as the toolkit writes them (<c>WriteNumberValue(decimal)</c> keeps the column's
/// scale), the same escaping options as <c>ExecutionResultWriter</c>.
/// </summary>
internal static class ListingWriter
{
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public static void Write(Utf8JsonWriter w, ListingPage page, ProductIds ids)
    {
        w.WriteStartObject();
        w.WritePropertyName("data"u8);
        w.WriteStartObject();
        w.WritePropertyName("products"u8);
        w.WriteStartObject();
        w.WriteNumber("totalCount"u8, page.TotalCount);
        w.WritePropertyName("pageInfo"u8);
        w.WriteStartObject();
        w.WriteBoolean("hasNextPage"u8, page.HasNextPage);
        if (page.Products.Length > 0)
        {
            var last = page.Products[^1];
            w.WriteString("endCursor"u8, KeysetCursor.Encode(last.Price, last.Id));
        }
        else
        {
            w.WriteNull("endCursor"u8);
        }

        w.WriteEndObject();
        w.WritePropertyName("nodes"u8);
        w.WriteStartArray();
        foreach (var product in page.Products) WriteProduct(w, product, page, ids);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteProduct(Utf8JsonWriter w, in ProductRow p, ListingPage page, ProductIds ids)
    {
        w.WriteStartObject();
        w.WriteString("id"u8, ids.Format(p.Id));
        w.WriteString("name"u8, p.Name);
        w.WriteString("slug"u8, p.Slug);
        w.WriteNumber("price"u8, p.Price);
        if (p.CompareAtPrice is { } compareAt) w.WriteNumber("compareAtPrice"u8, compareAt);
        else w.WriteNull("compareAtPrice"u8);
        w.WriteBoolean("onSale"u8, p.OnSale);
        w.WriteBoolean("inStock"u8, p.InStock);

        var category = page.Categories[p.CategoryId];
        w.WritePropertyName("category"u8);
        w.WriteStartObject();
        w.WriteString("name"u8, category.Name);
        w.WriteString("slug"u8, category.Slug);
        w.WriteEndObject();

        w.WritePropertyName("images"u8);
        w.WriteStartArray();
        if (page.Images.TryGetValue(p.Id, out var images))
        {
            foreach (var image in images)
            {
                w.WriteStartObject();
                w.WriteString("url"u8, image.Url);
                w.WriteString("alt"u8, image.Alt);
                w.WriteNumber("width"u8, image.Width);
                w.WriteNumber("height"u8, image.Height);
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        w.WritePropertyName("variants"u8);
        w.WriteStartArray();
        if (page.Variants.TryGetValue(p.Id, out var variants))
        {
            foreach (var v in variants)
            {
                w.WriteStartObject();
                w.WriteString("sku"u8, v.Sku);
                w.WriteString("size"u8, v.Size);
                w.WriteString("color"u8, v.Color);
                w.WriteNumber("price"u8, v.Price);
                w.WriteNumber("stock"u8, v.Stock);
                w.WriteBoolean("inStock"u8, v.InStock);
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
