using System;
using System.Collections.Generic;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every directive is defined by the schema (or the document) and used in one of its locations
/// (spec §5.7.1 Directives Are Defined, §5.7.2 Directives Are in Valid Locations).
/// </summary>
internal sealed class KnownDirectivesRule : ValidationRule
{
    private Dictionary<string, DirectiveLocation>? _locations;

    public KnownDirectivesRule(ValidationContext context) : base(context, Kinds(SyntaxKind.Directive)) { }

    public override bool Enter(SyntaxNode node)
    {
        var name = ((DirectiveNode)node).Name.Value;
        if (!Locations().TryGetValue(name, out var locations))
        {
            ReportError($"Unknown directive \"@{name}\".", node);
            return true;
        }

        var candidate = Context.DirectiveLocation;
        if (candidate != DirectiveLocation.None && (locations & candidate) == 0)
        {
            ReportError($"Directive \"@{name}\" may not be used on {GraphQL.Types.DirectiveLocations.GetName(candidate)}.", node);
        }

        return true;
    }

    private Dictionary<string, DirectiveLocation> Locations()
    {
        if (_locations is not null) return _locations;
        _locations = new Dictionary<string, DirectiveLocation>(StringComparer.Ordinal);
        foreach (var directive in Context.Schema.Directives) _locations[directive.Name] = directive.Locations;
        foreach (var definition in Context.Document.Definitions)
        {
            if (definition is not DirectiveDefinitionNode directive) continue;
            var locations = DirectiveLocation.None;
            foreach (var location in directive.Locations) locations |= GraphQL.Types.DirectiveLocations.Parse(location.Value);
            _locations[directive.Name.Value] = locations;
        }

        return _locations;
    }
}
