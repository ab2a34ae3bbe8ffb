using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace GraphQL.Language;

/// <summary>Structural equality of syntax trees: same kinds, names, values and children; locations are ignored.</summary>
public static class SyntaxEquality
{
    public static bool AreEqual(SyntaxNode? a, SyntaxNode? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null || a.Kind != b.Kind) return false;

        // Trees from the parser are bounded by ParserOptions.MaxDepth; hand-built ones get a clean exception.
        RuntimeHelpers.EnsureSufficientExecutionStack();

        switch (a)
        {
            case NameNode x: return x.Value == ((NameNode)b).Value;
            case IntValueNode x: return x.Value == ((IntValueNode)b).Value;
            case FloatValueNode x: return x.Value == ((FloatValueNode)b).Value;
            case StringValueNode x:
                var s = (StringValueNode)b;
                return x.Value == s.Value && x.Block == s.Block;
            case BooleanValueNode x: return x.Value == ((BooleanValueNode)b).Value;
            case EnumValueNode x: return x.Value == ((EnumValueNode)b).Value;
            case OperationDefinitionNode x:
                var o = (OperationDefinitionNode)b;
                if (x.Operation != o.Operation) return false;
                break;
            case OperationTypeDefinitionNode x:
                if (x.Operation != ((OperationTypeDefinitionNode)b).Operation) return false;
                break;
            case DirectiveDefinitionNode x:
                if (x.Repeatable != ((DirectiveDefinitionNode)b).Repeatable) return false;
                break;
            case FieldNode x:
                // Alias and name are both NameNodes: an alias must not be mistaken for a name.
                var f = (FieldNode)b;
                if ((x.Alias is null) != (f.Alias is null)) return false;
                break;
        }

        return ChildrenEqual(a, b);
    }

    private static bool ChildrenEqual(SyntaxNode a, SyntaxNode b)
    {
        // Optional children (name, description, default value, type condition) are told apart by their kinds
        // and positions; a missing optional child shifts the sequence and so makes the trees unequal.
        using var left = a.GetNodes().GetEnumerator();
        using var right = b.GetNodes().GetEnumerator();
        while (true)
        {
            var hasLeft = left.MoveNext();
            var hasRight = right.MoveNext();
            if (hasLeft != hasRight) return false;
            if (!hasLeft) return true;
            if (!AreEqual(left.Current, right.Current)) return false;
        }
    }

    /// <summary>An <see cref="IEqualityComparer{T}"/> over <see cref="AreEqual"/> (hash by kind only).</summary>
    public static IEqualityComparer<SyntaxNode> Comparer { get; } = new StructuralComparer();

    private sealed class StructuralComparer : IEqualityComparer<SyntaxNode>
    {
        public bool Equals(SyntaxNode? x, SyntaxNode? y) => AreEqual(x, y);

        public int GetHashCode(SyntaxNode obj) => (int)obj.Kind;
    }
}
