using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// What a rule can see while the document is walked (graphql-js <c>ValidationContext</c>): the schema and
/// document, the types in scope at the current node, and per-document caches of fragments, fragment spreads
/// and variable usages, so that rules asking the same question share one answer.
/// </summary>
internal sealed class ValidationContext
{
    private readonly TypeInfo _typeInfo;
    private readonly List<ValidationError> _errors = new();
    private readonly int _maxErrors;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _fragmentSpreads = new(ReferenceComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> _referencedFragments = new(ReferenceComparer.Instance);
    private readonly Dictionary<ExecutableDefinitionNode, List<VariableUsage>> _variableUsages = new(ReferenceComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveVariableUsages = new(ReferenceComparer.Instance);

    public ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, int maxErrors)
    {
        Schema = schema;
        Document = document;
        _typeInfo = typeInfo;
        _maxErrors = maxErrors;
    }

    public Schema Schema { get; }
    public DocumentNode Document { get; }
    public IReadOnlyList<ValidationError> Errors => _errors;

    // The type information of the current node (see TypeInfo).
    public GraphQLType? Type => _typeInfo.Type;
    public NamedType? ParentType => _typeInfo.ParentType;
    public GraphQLType? InputType => _typeInfo.InputType;
    public GraphQLType? ParentInputType => _typeInfo.ParentInputType;
    public FieldDefinition? FieldDef => _typeInfo.FieldDef;
    public DirectiveDefinition? Directive => _typeInfo.Directive;
    public InputValueDefinition? Argument => _typeInfo.Argument;

    /// <summary>Where the directive being walked is applied (set by the walker before each directive).</summary>
    public DirectiveLocation DirectiveLocation { get; internal set; }

    /// <summary>True while a type system definition (invalid in an executable document) is walked.</summary>
    public bool InTypeSystemDefinition { get; internal set; }

    /// <summary>Set by the walker: computes the usages of a definition it has not reached yet.</summary>
    internal Func<ExecutableDefinitionNode, List<VariableUsage>>? CollectVariableUsages { get; set; }

    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment && !_fragments.ContainsKey(fragment.Name.Value))
                {
                    _fragments.Add(fragment.Name.Value, fragment);
                }
            }
        }

        return _fragments.TryGetValue(name, out var found) ? found : null;
    }

    /// <summary>The fragment spreads directly in a selection set or its inline fragments and fields (not through other fragments).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var spreads)) return spreads;
        spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.Count > 0)
        {
            var set = setsToVisit.Pop();
            var selections = set.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                switch (selections[i])
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        setsToVisit.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads.Add(selectionSet, spreads);
        return spreads;
    }

    /// <summary>Every fragment an operation spreads, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_referencedFragments.TryGetValue(operation, out var fragments)) return fragments;
        fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var nodesToVisit = new Stack<SelectionSetNode>();
        nodesToVisit.Push(operation.SelectionSet);
        while (nodesToVisit.Count > 0)
        {
            foreach (var spread in GetFragmentSpreads(nodesToVisit.Pop()))
            {
                var name = spread.Name.Value;
                if (!collected.Add(name)) continue;
                var fragment = GetFragment(name);
                if (fragment is null) continue;
                fragments.Add(fragment);
                nodesToVisit.Push(fragment.SelectionSet);
            }
        }

        _referencedFragments.Add(operation, fragments);
        return fragments;
    }

    /// <summary>The variables used as values within an operation or fragment (not through spreads), with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode node)
    {
        if (_variableUsages.TryGetValue(node, out var usages)) return usages;
        usages = CollectVariableUsages?.Invoke(node) ?? new List<VariableUsage>();
        _variableUsages.Add(node, usages);
        return usages;
    }

    /// <summary>The variables used by an operation, directly and through every fragment it spreads.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var usages)) return usages;
        usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }

        _recursiveVariableUsages.Add(operation, usages);
        return usages;
    }

    /// <summary>True when the usages of a definition are known already (computed ahead by a forward reference).</summary>
    internal bool HasVariableUsages(ExecutableDefinitionNode node) => _variableUsages.ContainsKey(node);

    /// <summary>Stores the usages the main walk collected for a definition.</summary>
    internal void SetVariableUsages(ExecutableDefinitionNode node, List<VariableUsage> usages) => _variableUsages[node] = usages;

    public void ReportError(ValidationRule? rule, string message, SyntaxNode? node)
    {
        var locations = node?.Location is { } location ? new[] { location } : Array.Empty<Location>();
        Add(new ValidationError(message, locations, rule?.Name));
    }

    public void ReportError(ValidationRule? rule, string message, SyntaxNode? node1, SyntaxNode? node2)
    {
        var locations = new List<Location>(2);
        if (node1?.Location is { } l1) locations.Add(l1);
        if (node2?.Location is { } l2) locations.Add(l2);
        Add(new ValidationError(message, locations, rule?.Name));
    }

    public void ReportError(ValidationRule? rule, string message, IReadOnlyList<SyntaxNode> nodes)
    {
        var locations = new List<Location>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Location is { } location) locations.Add(location);
        }

        Add(new ValidationError(message, locations, rule?.Name));
    }

    private void Add(ValidationError error)
    {
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(new ValidationError(
                "Too many validation errors, error limit reached. Validation aborted.", Array.Empty<Location>()));
            throw new ValidationAbortedException();
        }

        _errors.Add(error);
    }

    /// <summary>Thrown through the walk when the error cap is reached; caught by <see cref="DocumentValidator"/>.</summary>
    internal sealed class ValidationAbortedException : Exception
    {
    }

    /// <summary>Syntax nodes compare by identity (the same node is the same key).</summary>
    private sealed class ReferenceComparer : IEqualityComparer<SyntaxNode>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(SyntaxNode? x, SyntaxNode? y) => ReferenceEquals(x, y);

        public int GetHashCode(SyntaxNode obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
