using System;
using System.Collections.Generic;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every required argument (non-null without a default value) of a field or directive is given
/// (spec §5.4.3 Required Arguments). Checked on leave, so errors inside the arguments come first.
/// </summary>
internal sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    private Dictionary<string, List<(string Name, string Type)>>? _directiveRequired;

    public ProvidedRequiredArgumentsRule(ValidationContext context)
        : base(context, 0, Kinds(SyntaxKind.Field, SyntaxKind.Directive)) { }

    public override void Leave(SyntaxNode node)
    {
        if (node is FieldNode field)
        {
            var fieldDef = Context.FieldDef;
            if (fieldDef is null) return;
            foreach (var argDef in fieldDef.Arguments)
            {
                if (argDef.Type is NonNullType && argDef.DefaultValue is null && !IsProvided(field.Arguments, argDef.Name))
                {
                    ReportError(
                        $"Field \"{fieldDef.Name}\" argument \"{argDef.Name}\" of type \"{argDef.Type}\" is required, but it was not provided.",
                        field);
                }
            }

            return;
        }

        var directive = (DirectiveNode)node;
        var name = directive.Name.Value;
        if (!DirectiveRequired().TryGetValue(name, out var required)) return;
        foreach (var (argName, argType) in required)
        {
            if (!IsProvided(directive.Arguments, argName))
            {
                ReportError(
                    $"Directive \"@{name}\" argument \"{argName}\" of type \"{argType}\" is required, but it was not provided.",
                    directive);
            }
        }
    }

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name) return true;
        }

        return false;
    }

    private Dictionary<string, List<(string, string)>> DirectiveRequired()
    {
        if (_directiveRequired is not null) return _directiveRequired;
        _directiveRequired = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        foreach (var directive in Context.Schema.Directives)
        {
            var required = new List<(string, string)>();
            foreach (var argument in directive.Arguments)
            {
                if (argument.Type is NonNullType && argument.DefaultValue is null) required.Add((argument.Name, argument.Type.ToString()));
            }

            _directiveRequired[directive.Name] = required;
        }

        foreach (var definition in Context.Document.Definitions)
        {
            if (definition is not DirectiveDefinitionNode directive) continue;
            var required = new List<(string, string)>();
            foreach (var argument in directive.Arguments)
            {
                if (argument.Type is NonNullTypeNode && argument.DefaultValue is null)
                {
                    required.Add((argument.Name.Value, ValuePrinter.Print(argument.Type)));
                }
            }

            _directiveRequired[directive.Name.Value] = required;
        }

        return _directiveRequired;
    }
}
