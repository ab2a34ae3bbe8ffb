using System;
using System.Collections.Generic;

namespace GraphQL.Types;

/// <summary>
/// Collects every named type reachable from the roots, the explicitly listed types and the
/// directive arguments (spec §3.3: "all types ... must be reachable"), rejecting two different
/// types with one name, and maps abstract types to their possible types.
/// </summary>
internal static class TypeCollector
{
    public static Dictionary<string, NamedType> Collect(
        Schema schema, IReadOnlyList<NamedType> extraTypes, IEnumerable<DirectiveDefinition> directives)
    {
        var types = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        var stack = new Stack<NamedType>();

        void Add(NamedType type)
        {
            if (types.TryGetValue(type.Name, out var existing))
            {
                if (!ReferenceEquals(existing, type))
                {
                    throw new SchemaException(
                        $"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
                }

                return;
            }

            types.Add(type.Name, type);
            stack.Push(type);
        }

        Add(schema.QueryType);
        if (schema.MutationType is not null) Add(schema.MutationType);
        if (schema.SubscriptionType is not null) Add(schema.SubscriptionType);
        foreach (var type in extraTypes) Add(type);
        foreach (var directive in directives)
        {
            foreach (var arg in directive.Arguments) Add(arg.Type.GetNamedType());
        }

        // Every schema answers introspection (spec §4), which also brings String and Boolean.
        Add(Introspection.SchemaType);

        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case ComplexType complex:
                    foreach (var iface in complex.Interfaces) Add(iface);
                    foreach (var field in complex.Fields)
                    {
                        Add(field.Type.GetNamedType());
                        foreach (var arg in field.Arguments) Add(arg.Type.GetNamedType());
                    }

                    break;
                case UnionType union:
                    foreach (var member in union.Types) Add(member);
                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields) Add(field.Type.GetNamedType());
                    break;
            }
        }

        return types;
    }

    public static (Dictionary<string, IReadOnlyList<ObjectType>> Possible, Dictionary<string, HashSet<string>> Sub)
        MapPossibleTypes(IEnumerable<NamedType> types)
    {
        var possible = new Dictionary<string, List<ObjectType>>(StringComparer.Ordinal);
        var sub = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);

        void AddSub(string abstractName, string subName)
        {
            if (!sub.TryGetValue(abstractName, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                sub.Add(abstractName, set);
            }

            set.Add(subName);
        }

        void AddPossible(string abstractName, ObjectType type)
        {
            if (!possible.TryGetValue(abstractName, out var list))
            {
                list = new List<ObjectType>();
                possible.Add(abstractName, list);
            }

            if (!list.Contains(type)) list.Add(type);
        }

        foreach (var type in types)
        {
            switch (type)
            {
                case UnionType union:
                    foreach (var member in union.Types)
                    {
                        AddPossible(union.Name, member);
                        AddSub(union.Name, member.Name);
                    }

                    break;
                case ObjectType obj:
                    foreach (var iface in obj.Interfaces)
                    {
                        AddPossible(iface.Name, obj);
                        AddSub(iface.Name, obj.Name);
                    }

                    break;
                case InterfaceType iface:
                    // Interfaces implementing interfaces are sub types too (spec §3.7 "Interfaces Implementing Interfaces").
                    foreach (var parent in iface.Interfaces) AddSub(parent.Name, iface.Name);
                    break;
            }
        }

        var result = new Dictionary<string, IReadOnlyList<ObjectType>>(possible.Count, StringComparer.Ordinal);
        foreach (var pair in possible) result.Add(pair.Key, pair.Value);
        return (result, sub);
    }
}
