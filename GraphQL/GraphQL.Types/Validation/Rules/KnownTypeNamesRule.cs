using System;
using System.Collections.Generic;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every type named by a variable definition or a type condition exists in the schema
/// (spec §5.5.1.2 Fragment Spread Type Existence, §5.8.2).
/// </summary>
internal sealed class KnownTypeNamesRule : ValidationRule
{
    private static readonly string[] StandardTypeNames =
    {
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    };

    private HashSet<string>? _definedTypes;

    public KnownTypeNamesRule(ValidationContext context) : base(context, Kinds(SyntaxKind.NamedType)) { }

    public override bool Enter(SyntaxNode node)
    {
        var typeName = ((NamedTypeNode)node).Name.Value;
        if (Context.Schema.GetType(typeName) is not null || DefinedTypes().Contains(typeName)) return true;

        var isSdl = Context.InTypeSystemDefinition;
        if (isSdl && Array.IndexOf(StandardTypeNames, typeName) >= 0) return true;

        var candidates = new List<string>();
        if (isSdl) candidates.AddRange(StandardTypeNames);
        foreach (var type in Context.Schema.Types) candidates.Add(type.Name);
        candidates.AddRange(DefinedTypes());
        ReportError($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(Suggestions.List(typeName, candidates)), node);
        return true;
    }

    // Types defined in the document itself count as known (they are reported as not executable instead).
    private HashSet<string> DefinedTypes()
    {
        if (_definedTypes is not null) return _definedTypes;
        _definedTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in Context.Document.Definitions)
        {
            if (definition is TypeDefinitionNode type) _definedTypes.Add(type.Name.Value);
        }

        return _definedTypes;
    }
}
