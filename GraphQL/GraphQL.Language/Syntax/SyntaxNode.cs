using System.Collections.Generic;

namespace GraphQL.Language;

/// <summary>
/// The root of the immutable syntax tree (spec §2). Nodes are sealed classes with get-only
/// properties; a node's <see cref="Location"/> is <c>null</c> when it was built in code.
/// </summary>
public abstract class SyntaxNode
{
    // Stored without Nullable's flag: a Location is 16 bytes, the flag made it 20 and padded most nodes by 8
    // (every node of every parsed document). Line 0 marks "none": parsed lines start at 1.
    private readonly Location _location;

    protected SyntaxNode(Location? location) => _location = location.GetValueOrDefault();

    /// <summary>What this node is, for switch-based visitors that avoid type tests.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>Where in the source the node starts and ends, or null for a synthetic node.</summary>
    public Location? Location => _location.Line == 0 ? null : _location;

    /// <summary>The node's direct children in source order (used by walkers and the validator).</summary>
    public abstract IEnumerable<SyntaxNode> GetNodes();

    /// <summary>The node printed as GraphQL source (see <see cref="Printer"/>).</summary>
    public override string ToString() => Printer.Print(this);
}

/// <summary>
/// A span of the source document: UTF-8 byte offsets plus the 1-based line and column of its start
/// (columns count UTF-16 code units, as graphql-js reports them, so error locations agree with it).
/// A node given a location on line 0 reports none: lines start at 1.
/// </summary>
public readonly struct Location : System.IEquatable<Location>
{
    public Location(int start, int end, int line, int column)
    {
        Start = start;
        End = end;
        Line = line;
        Column = column;
    }

    public int Start { get; }
    public int End { get; }
    public int Line { get; }
    public int Column { get; }

    public bool Equals(Location other) =>
        Start == other.Start && End == other.End && Line == other.Line && Column == other.Column;

    public override bool Equals(object? obj) => obj is Location other && Equals(other);

    public override int GetHashCode() => (Start * 397) ^ (End * 31) ^ Line ^ (Column << 16);

    public override string ToString() => $"{Line}:{Column}";
}

/// <summary>A node that has a name (definitions, fields, arguments, directives, ...).</summary>
public interface INamedSyntaxNode
{
    NameNode Name { get; }
}

/// <summary>A node that may carry directives.</summary>
public interface IHasDirectives
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>A type system definition that may carry a description (spec §3.2).</summary>
public interface IHasDescription
{
    StringValueNode? Description { get; }
}
