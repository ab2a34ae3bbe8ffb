using System;
using System.Text;

namespace GraphQL.Language;

/// <summary>
/// Prints a syntax tree as GraphQL source in graphql-js's canonical layout (2-space indentation, one selection per
/// line, the <c>{ … }</c> shorthand for anonymous queries). <c>Parser.Parse(Printer.Print(doc))</c> gives back a tree
/// equal to <c>doc</c> apart from locations.
/// </summary>
public static class Printer
{
    [ThreadStatic]
    private static StringBuilder? t_cachedBuilder;

    public static string Print(SyntaxNode node)
    {
        if (node is null) throw new ArgumentNullException(nameof(node));

        var builder = t_cachedBuilder ?? new StringBuilder(256);
        t_cachedBuilder = null;
        try
        {
            new SyntaxPrinter(builder).Write(node);
            return builder.ToString();
        }
        finally
        {
            // Keep modest builders for the next call on this thread; let huge ones go.
            builder.Clear();
            if (builder.Capacity <= 64 * 1024) t_cachedBuilder = builder;
        }
    }
}
