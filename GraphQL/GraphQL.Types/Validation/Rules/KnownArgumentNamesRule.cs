using System;
using System.Collections.Generic;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every argument given to a field or directive is defined by it (spec §5.4.1 Argument Names).
/// </summary>
internal sealed class KnownArgumentNamesRule : ValidationRule
{
    private Dictionary<string, List<string>>? _directiveArguments;

    public KnownArgumentNamesRule(ValidationContext context)
        : base(context, Kinds(SyntaxKind.Directive, SyntaxKind.Argument)) { }

    public override bool Enter(SyntaxNode node)
    {
        if (node is DirectiveNode directive)
        {
            CheckDirective(directive);

            // The arguments of a directive are not field arguments.
            return false;
        }

        var fieldDef = Context.FieldDef;
        var parentType = Context.ParentType;
        if (Context.Argument is null && fieldDef is not null && parentType is not null)
        {
            var argName = ((ArgumentNode)node).Name.Value;
            var known = new List<string>(fieldDef.Arguments.Count);
            foreach (var argument in fieldDef.Arguments) known.Add(argument.Name);
            ReportError(
                $"Unknown argument \"{argName}\" on field \"{parentType.Name}.{fieldDef.Name}\"."
                + Suggestions.DidYouMean(Suggestions.List(argName, known)),
                node);
        }

        return true;
    }

    private void CheckDirective(DirectiveNode directive)
    {
        if (directive.Arguments.Count == 0) return;
        var name = directive.Name.Value;
        if (!DirectiveArguments().TryGetValue(name, out var known)) return;
        foreach (var argument in directive.Arguments)
        {
            var argName = argument.Name.Value;
            if (known.Contains(argName)) continue;
            ReportError(
                $"Unknown argument \"{argName}\" on directive \"@{name}\"." + Suggestions.DidYouMean(Suggestions.List(argName, known)),
                argument);
        }
    }

    private Dictionary<string, List<string>> DirectiveArguments()
    {
        if (_directiveArguments is not null) return _directiveArguments;
        _directiveArguments = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var directive in Context.Schema.Directives)
        {
            var names = new List<string>();
            foreach (var argument in directive.Arguments) names.Add(argument.Name);
            _directiveArguments[directive.Name] = names;
        }

        foreach (var definition in Context.Document.Definitions)
        {
            if (definition is not DirectiveDefinitionNode directive) continue;
            var names = new List<string>();
            foreach (var argument in directive.Arguments) names.Add(argument.Name.Value);
            _directiveArguments[directive.Name.Value] = names;
        }

        return _directiveArguments;
    }
}
