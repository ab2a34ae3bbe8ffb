using System.Globalization;
using System.Security;
using System.Text;

namespace Boutique.Data.Seed;

/// <summary>
/// Draws a simple flat illustration of a product (its silhouette in the product's colour on a light
/// tint of it, with the name underneath), so the demo shop has images without any network access.
/// </summary>
internal static class SvgIllustrator
{
    public const int Width = 600;
    public const int Height = 800;

    private static readonly Dictionary<Silhouette, string> Shapes = new()
    {
        [Silhouette.Gown] = "M262 120 Q300 140 338 120 L352 250 Q340 290 328 300 Q420 520 470 690 Q300 730 130 690 Q180 520 272 300 Q260 290 248 250 Z",
        [Silhouette.Dress] = "M255 130 Q300 150 345 130 L372 210 L350 230 L345 300 L410 600 Q300 630 190 600 L255 300 L250 230 L228 210 Z",
        [Silhouette.Kurti] = "M250 130 Q300 160 350 130 L420 170 L450 330 L410 340 L390 240 L395 620 L205 620 L210 240 L190 340 L150 330 L180 170 Z",
        [Silhouette.Suit] = "M240 130 L300 210 L360 130 L420 160 L440 420 L400 425 L390 260 L392 460 L208 460 L210 260 L200 425 L160 420 L180 160 Z M215 470 L385 470 L395 690 L320 690 L300 520 L280 690 L205 690 Z",
        [Silhouette.Shoe] = "M140 520 Q150 420 200 400 Q260 450 330 470 Q420 490 470 540 Q480 580 440 585 L260 585 Q230 560 200 585 L190 650 L170 650 L168 585 Q130 580 140 520 Z",
        [Silhouette.Bag] = "M170 330 L430 330 L455 640 Q455 660 435 660 L165 660 Q145 660 145 640 Z M220 330 Q220 200 300 200 Q380 200 380 330 L355 330 Q355 228 300 228 Q245 228 245 330 Z",
        [Silhouette.Accessory] = "M180 200 Q300 470 420 200 L432 206 Q300 510 168 206 Z M300 420 m-42 0 a42 52 0 1 0 84 0 a42 52 0 1 0 -84 0",
    };

    public static byte[] Draw(Silhouette silhouette, Colour colour, string caption)
    {
        var background = Mix(colour.Hex, "#ffffff", 0.86);
        var shade = Mix(colour.Hex, "#000000", 0.25);
        var text = VeryLight(colour.Hex) ? "#3a3a3a" : shade;
        var svg = $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{Height}" viewBox="0 0 {Width} {Height}" role="img" aria-label="{Escape(caption)}">
              <rect width="{Width}" height="{Height}" fill="{background}"/>
              <ellipse cx="300" cy="700" rx="190" ry="22" fill="{shade}" opacity="0.12"/>
              <path d="{Shapes[silhouette]}" fill="{colour.Hex}" stroke="{shade}" stroke-width="4" stroke-linejoin="round" fill-rule="evenodd"/>
              <text x="300" y="760" text-anchor="middle" font-family="Georgia, serif" font-size="26" fill="{text}">{Escape(caption)}</text>
            </svg>
            """;
        return Encoding.UTF8.GetBytes(svg.ReplaceLineEndings("\n"));
    }

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static bool VeryLight(string hex)
    {
        var (r, g, b) = Parse(hex);
        return (0.299 * r) + (0.587 * g) + (0.114 * b) > 200;
    }

    private static string Mix(string hex, string with, double amount)
    {
        var (r1, g1, b1) = Parse(hex);
        var (r2, g2, b2) = Parse(with);
        int Blend(int a, int b) => (int)Math.Round(a + ((b - a) * amount));
        return string.Create(CultureInfo.InvariantCulture, $"#{Blend(r1, r2):x2}{Blend(g1, g2):x2}{Blend(b1, b2):x2}");
    }

    private static (int R, int G, int B) Parse(string hex) => (
        int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
}
