using System.Collections.Concurrent;
using GraphQL.Language;

namespace GraphQL.AspNetCore.Http;

/// <summary>
/// What the transport must know about a document before executing it: the kind of the operation a
/// GET would run (mutations are not allowed over GET, GraphQL over HTTP §"GET") and whether it uses
/// introspection (when turned off). Parsing here is the exception, not the rule — only GETs and
/// introspection-looking documents come here — and the facts are cached per document text.
/// </summary>
internal sealed class DocumentInspector
{
    private const int CacheCapacity = 1024;
    private readonly ConcurrentDictionary<string, DocumentFacts?> _cache = new(StringComparer.Ordinal);

    /// <summary>The facts of <paramref name="query"/>, or null when it does not parse (the executor reports that).</summary>
    public DocumentFacts? Inspect(string query)
    {
        if (_cache.TryGetValue(query, out var facts)) return facts;
        facts = Analyze(query);
        if (_cache.Count >= CacheCapacity) _cache.Clear();
        _cache.TryAdd(query, facts);
        return facts;
    }

    /// <summary>A cheap pre-check: a document without these names cannot introspect.</summary>
    public static bool MayIntrospect(string query) =>
        query.Contains("__schema", StringComparison.Ordinal) || query.Contains("__type", StringComparison.Ordinal);

    private static DocumentFacts? Analyze(string query)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLSyntaxException)
        {
            return null;
        }

        var operations = new List<(string? Name, OperationType Type)>();
        var introspects = false;
        var pending = new Stack<SelectionSetNode>();
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                operations.Add((operation.Name?.Value, operation.Operation));
                pending.Push(operation.SelectionSet);
            }
            else if (definition is FragmentDefinitionNode fragment)
            {
                pending.Push(fragment.SelectionSet);
            }
        }

        while (pending.Count > 0 && !introspects)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        if (field.Name.Value is "__schema" or "__type") introspects = true;
                        if (field.SelectionSet is { } set) pending.Push(set);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        return new DocumentFacts(operations, introspects);
    }
}

/// <summary>The operations of a document (name and kind) and whether any field is <c>__schema</c> or <c>__type</c>.</summary>
internal sealed class DocumentFacts
{
    private readonly List<(string? Name, OperationType Type)> _operations;

    public DocumentFacts(List<(string? Name, OperationType Type)> operations, bool usesIntrospection)
    {
        _operations = operations;
        UsesIntrospection = usesIntrospection;
    }

    public bool UsesIntrospection { get; }

    /// <summary>The kind of the operation GetOperation (spec §6.1) would pick, or null when it would fail.</summary>
    public OperationType? GetOperationType(string? operationName)
    {
        if (operationName is null) return _operations.Count == 1 ? _operations[0].Type : null;
        foreach (var (name, type) in _operations)
        {
            if (name == operationName) return type;
        }

        return null;
    }
}
