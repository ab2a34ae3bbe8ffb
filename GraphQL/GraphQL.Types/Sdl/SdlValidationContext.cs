using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// What the SDL checks share while walking a document: the defined types and directives, the
/// field/value names seen per type (definition and extensions together), the directives seen per
/// location, and the errors. Also the checks on references: known types, known directives used in
/// allowed locations, once unless repeatable, with known and required arguments.
/// </summary>
internal sealed class SdlValidationContext
{
    private readonly Dictionary<string, HashSet<string>> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _typeDirectives = new(StringComparer.Ordinal);

    public SdlValidationContext(Dictionary<string, TypeDefinitionNode> types, Dictionary<string, DirectiveDefinitionNode> directives, List<string> errors)
    {
        Types = types;
        Directives = directives;
        Errors = errors;
    }

    public Dictionary<string, TypeDefinitionNode> Types { get; }
    public Dictionary<string, DirectiveDefinitionNode> Directives { get; }
    public List<string> Errors { get; }

    /// <summary>Records a field or value name of a type (definition and extensions together); false when already there.</summary>
    public bool Member(string typeName, string name)
    {
        if (!_members.TryGetValue(typeName, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            _members.Add(typeName, set);
        }

        return set.Add(name);
    }

    /// <summary>A type and its extensions are one location for non-repeatable directives.</summary>
    public HashSet<string> TypeLocation(string typeName)
    {
        if (!_typeDirectives.TryGetValue(typeName, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            _typeDirectives.Add(typeName, set);
        }

        return set;
    }

    public HashSet<string> NewLocation() => new(StringComparer.Ordinal);

    public bool CheckTypeReference(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (Types.ContainsKey(name) || BuiltInScalars.IsSpecified(name) || Introspection.IsIntrospectionTypeName(name)) return true;
        var candidates = new List<string> { "String", "Int", "Float", "Boolean", "ID" };
        foreach (var type in Introspection.Types) candidates.Add(type.Name);
        candidates.AddRange(Types.Keys);
        Errors.Add($"Unknown type \"{name}\"." + Suggestions.DidYouMean(name, candidates));
        return false;
    }

    public void CheckDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location, HashSet<string> seen)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            DirectiveLocation locations;
            bool repeatable;
            IReadOnlyList<InputValueDefinition>? builtInArgs = null;
            IReadOnlyList<InputValueDefinitionNode>? definedArgs = null;
            if (Directives.TryGetValue(name, out var defined))
            {
                locations = DirectiveLocation.None;
                foreach (var l in defined.Locations) locations |= DirectiveLocations.Parse(l.Value);
                repeatable = defined.Repeatable;
                definedArgs = defined.Arguments;
            }
            else if (BuiltInDirectives.Get(name) is { } builtIn)
            {
                locations = builtIn.Locations;
                repeatable = builtIn.IsRepeatable;
                builtInArgs = builtIn.Arguments;
            }
            else
            {
                Errors.Add($"Unknown directive \"@{name}\".");
                continue;
            }

            if ((locations & location) == 0)
            {
                Errors.Add($"Directive \"@{name}\" may not be used on {DirectiveLocations.GetName(location)}.");
            }

            if (!repeatable && !seen.Add(name))
            {
                Errors.Add($"The directive \"@{name}\" can only be used once at this location.");
            }

            CheckDirectiveArguments(directive, builtInArgs, definedArgs);
        }
    }

    private void CheckDirectiveArguments(
        DirectiveNode directive, IReadOnlyList<InputValueDefinition>? builtInArgs, IReadOnlyList<InputValueDefinitionNode>? definedArgs)
    {
        var names = new List<string>();
        var required = new List<(string Name, string Type)>();
        if (builtInArgs is not null)
        {
            foreach (var arg in builtInArgs)
            {
                names.Add(arg.Name);
                if (arg.Type.IsNonNull && !arg.HasDefaultValue) required.Add((arg.Name, arg.Type.ToString()));
            }
        }

        if (definedArgs is not null)
        {
            foreach (var arg in definedArgs)
            {
                names.Add(arg.Name.Value);
                if (arg.Type is NonNullTypeNode && arg.DefaultValue is null) required.Add((arg.Name.Value, Printer.Print(arg.Type)));
            }
        }

        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in directive.Arguments)
        {
            var argName = argument.Name.Value;
            if (!given.Add(argName)) Errors.Add($"There can be only one argument named \"{argName}\".");
            if (!names.Contains(argName))
            {
                Errors.Add($"Unknown argument \"{argName}\" on directive \"@{directive.Name.Value}\"." + Suggestions.DidYouMean(argName, names));
            }
        }

        foreach (var (name, type) in required)
        {
            if (!given.Contains(name))
            {
                Errors.Add($"Argument \"@{directive.Name.Value}({name}:)\" of type \"{type}\" is required, but it was not provided.");
            }
        }
    }
}
