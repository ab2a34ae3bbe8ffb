using System;

namespace GraphQL.Language;

/// <summary>
/// A document that does not match the grammar of spec §2 or §3. The message has graphql-js's form
/// (<c>Syntax Error: Expected Name, found "}".</c>) so that errors read the same as in the reference implementation.
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    public GraphQLSyntaxException(string description, int position, int line, int column)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Position = position;
        Line = line;
        Column = column;
    }

    /// <summary>The message without the <c>Syntax Error: </c> prefix.</summary>
    public string Description { get; }

    /// <summary>Offset of the error in the UTF-8 source, in bytes.</summary>
    public int Position { get; }

    /// <summary>1-based line of the error.</summary>
    public int Line { get; }

    /// <summary>1-based column of the error, in UTF-16 code units as graphql-js counts them.</summary>
    public int Column { get; }
}
