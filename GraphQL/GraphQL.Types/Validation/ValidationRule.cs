using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Validation;

/// <summary>Creates the per-document instance of a rule (rules keep state while a document is walked).</summary>
internal delegate ValidationRule ValidationRuleFactory(ValidationContext context);

/// <summary>
/// One validation rule of spec §5, as a visitor over the executable document. A rule says which node
/// kinds it wants to see on enter and on leave (bit masks of <see cref="SyntaxKind"/>), so that the single
/// traversal of <see cref="DocumentValidator"/> only calls the rules that care about a node.
/// </summary>
internal abstract class ValidationRule
{
    protected ValidationRule(ValidationContext context, ulong enterKinds, ulong leaveKinds = 0)
    {
        Context = context;
        EnterKinds = enterKinds;
        LeaveKinds = leaveKinds;
    }

    public ulong EnterKinds { get; }
    public ulong LeaveKinds { get; }
    protected ValidationContext Context { get; }

    /// <summary>The rule's name as graphql-js names it, reported with each of its errors.</summary>
    public string Name => GetType().Name;

    /// <summary>Called on entering a node of one of <see cref="EnterKinds"/>; false skips the node's subtree for this rule only.</summary>
    public virtual bool Enter(SyntaxNode node) => true;

    /// <summary>Called on leaving a node of one of <see cref="LeaveKinds"/> (not when this rule skipped it).</summary>
    public virtual void Leave(SyntaxNode node) { }

    protected void ReportError(string message, SyntaxNode? node) => Context.ReportError(this, message, node);

    protected void ReportError(string message, SyntaxNode? node1, SyntaxNode? node2) =>
        Context.ReportError(this, message, node1, node2);

    protected void ReportError(string message, IReadOnlyList<SyntaxNode> nodes) => Context.ReportError(this, message, nodes);

    /// <summary>The mask for a set of node kinds.</summary>
    protected static ulong Kinds(SyntaxKind kind) => 1UL << (int)kind;

    protected static ulong Kinds(SyntaxKind a, SyntaxKind b) => Kinds(a) | Kinds(b);

    protected static ulong Kinds(params SyntaxKind[] kinds)
    {
        ulong mask = 0;
        foreach (var kind in kinds) mask |= Kinds(kind);
        return mask;
    }
}
