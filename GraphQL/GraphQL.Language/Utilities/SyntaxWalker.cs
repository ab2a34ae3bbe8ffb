using System.Collections.Generic;

namespace GraphQL.Language;

/// <summary>What a walker does after entering a node.</summary>
public enum WalkAction
{
    /// <summary>Visit the node's children, then leave it.</summary>
    Continue,
    /// <summary>Do not visit the children and do not call Leave for this node.</summary>
    Skip,
    /// <summary>Stop the whole walk.</summary>
    Break,
}

/// <summary>
/// Depth-first traversal of a syntax tree with Enter/Leave callbacks (as graphql-js's <c>visit</c>). Iterative with
/// an explicit stack, so trees of any depth are safe. Subclasses switch on <see cref="SyntaxNode.Kind"/>; no
/// reflection. <see cref="Ancestors"/> holds the entered nodes above the current one, nearest last.
/// </summary>
public abstract class SyntaxWalker<TContext>
{
    private readonly List<SyntaxNode> _ancestors = new();
    private readonly Stack<Frame> _stack = new();
    private readonly List<SyntaxNode> _children = new();

    /// <summary>Entered nodes from the root down to the parent of the current node.</summary>
    protected IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    /// <summary>The parent of the current node, or null at the root.</summary>
    protected SyntaxNode? Parent => _ancestors.Count == 0 ? null : _ancestors[_ancestors.Count - 1];

    public void Walk(SyntaxNode root, TContext context)
    {
        _ancestors.Clear();
        _stack.Clear();
        _stack.Push(new Frame(root, entered: false));

        while (_stack.Count > 0)
        {
            var frame = _stack.Pop();
            if (frame.Entered)
            {
                _ancestors.RemoveAt(_ancestors.Count - 1);
                if (Leave(frame.Node, context) == WalkAction.Break) break;
                continue;
            }

            var action = Enter(frame.Node, context);
            if (action == WalkAction.Break) break;
            if (action == WalkAction.Skip) continue;

            _stack.Push(new Frame(frame.Node, entered: true));
            _ancestors.Add(frame.Node);
            PushChildren(frame.Node);
        }

        _ancestors.Clear();
        _stack.Clear();
    }

    /// <summary>Called before a node's children are visited.</summary>
    protected virtual WalkAction Enter(SyntaxNode node, TContext context) => WalkAction.Continue;

    /// <summary>Called after a node's children were visited; only <see cref="WalkAction.Break"/> has an effect.</summary>
    protected virtual WalkAction Leave(SyntaxNode node, TContext context) => WalkAction.Continue;

    private void PushChildren(SyntaxNode node)
    {
        // Pushed in reverse so that children are entered in source order.
        _children.Clear();
        foreach (var child in node.GetNodes())
        {
            _children.Add(child);
        }

        for (var i = _children.Count - 1; i >= 0; i--)
        {
            _stack.Push(new Frame(_children[i], entered: false));
        }

        _children.Clear();
    }

    private readonly struct Frame
    {
        public Frame(SyntaxNode node, bool entered)
        {
            Node = node;
            Entered = entered;
        }

        public SyntaxNode Node { get; }
        public bool Entered { get; }
    }
}
