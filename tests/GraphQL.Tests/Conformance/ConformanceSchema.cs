using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Conformance;

/// <summary>
/// The resolvers of the conformance schema, the C# twin of <c>makeFieldResolver</c> in
/// <c>tests/conformance/oracle.mjs</c>: both engines must resolve every field the same way, so keep
/// the two in step. Every field reads the property of its parent (a JSON object from data.json),
/// except:
/// <list type="bullet">
/// <item><c>echo*</c> fields return their argument <c>value</c> after input coercion;</item>
/// <item><c>*Throws</c> fields throw (a <see cref="GraphQLException"/>, so that the message is shown as graphql-js shows it);</item>
/// <item><c>Query.character</c> and <c>Query.node</c> look an object up by id;</item>
/// <item><c>Query.argPresence</c> tells whether <c>value</c> is absent, null or given;</item>
/// <item><c>Query.inputKeys</c> lists the keys of the coerced input object, sorted.</item>
/// </list>
/// Abstract types resolve through the <c>__typename</c> property of the value. Subscription fields
/// subscribe to a finite stream of the events listed under their name in data.json's
/// <c>subscriptionEvents</c> (the twin of <c>makeSubscribeFieldResolver</c>).
/// </summary>
internal static class ConformanceSchema
{
    /// <summary>Gives every field of <paramref name="schema"/>'s own object types its resolver.</summary>
    public static void AttachResolvers(Schema schema, IReadOnlyDictionary<string, object?> data)
    {
        foreach (var type in schema.Types)
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal)) continue;
            switch (type)
            {
                case ObjectType obj:
                    var isSubscription = ReferenceEquals(obj, schema.SubscriptionType);
                    foreach (var field in obj.Fields)
                    {
                        field.Resolver = null;
                        field.PureResolver = ResolverFor(obj.Name, field.Name, data);
                        if (isSubscription) field.SubscribeResolver = SubscribeFor(field.Name, data);
                    }

                    break;
                case InterfaceType iface:
                    iface.ResolveType = ResolveByTypename;
                    break;
                case UnionType union:
                    union.ResolveType = ResolveByTypename;
                    break;
            }
        }
    }

    private static PureFieldResolverDelegate ResolverFor(string typeName, string fieldName, IReadOnlyDictionary<string, object?> data)
    {
        if (fieldName.StartsWith("echo", StringComparison.Ordinal))
        {
            return ctx => ctx.HasArgument("value") ? ctx.ArgumentValue<object?>("value") : null;
        }

        if (fieldName.EndsWith("Throws", StringComparison.Ordinal))
        {
            // A GraphQLException keeps its message (any other exception is masked as "Unexpected Execution Error").
            return _ => throw new GraphQLException($"{typeName}.{fieldName} throws.");
        }

        if (typeName == "Query")
        {
            switch (fieldName)
            {
                case "character":
                case "node":
                    return ctx => FindById(data, ctx.ArgumentValue<object?>("id")?.ToString());
                case "argPresence":
                    return ctx => !ctx.HasArgument("value") ? "absent" : ctx.ArgumentValue<object?>("value") is null ? "null" : "value";
                case "inputKeys":
                    return ctx =>
                    {
                        if (!ctx.HasArgument("value") || ctx.ArgumentValue<object?>("value") is not { } value) return null;
                        var keys = new List<string>();
                        CollectKeys(value, "", keys);
                        keys.Sort(StringComparer.Ordinal);
                        return keys;
                    };
            }
        }

        return ctx => ReadProperty(ctx.Parent, fieldName);
    }

    private static SubscribeResolverDelegate SubscribeFor(string fieldName, IReadOnlyDictionary<string, object?> data)
    {
        if (fieldName.EndsWith("Throws", StringComparison.Ordinal))
        {
            return _ => throw new GraphQLException($"Subscription.{fieldName} throws.");
        }

        return _ => new ValueTask<IAsyncEnumerable<object?>>(Events(fieldName, data));
    }

    /// <summary>Each event is an object holding the value under the field's name (heroChanged's values are character ids).</summary>
    private static async IAsyncEnumerable<object?> Events(string fieldName, IReadOnlyDictionary<string, object?> data)
    {
        var events = (IReadOnlyDictionary<string, object?>)data["subscriptionEvents"]!;
        var values = events.TryGetValue(fieldName, out var listed) ? (IEnumerable<object?>)listed! : Array.Empty<object?>();
        foreach (var value in values)
        {
            await Task.Yield();
            yield return new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                [fieldName] = fieldName == "heroChanged" ? FindById(data, value as string) : value,
            };
        }
    }

    private static ObjectType? ResolveByTypename(IResolverContext context, object value) =>
        ReadProperty(value, "__typename") is string name && context.Schema.GetType(name) is ObjectType type ? type : null;

    private static object? FindById(IReadOnlyDictionary<string, object?> data, string? id)
    {
        foreach (var list in new[] { "characters", "starships" })
        {
            foreach (var item in (IEnumerable<object?>)data[list]!)
            {
                if (ReadProperty(item, "id") is string itemId && itemId == id) return item;
            }
        }

        return null;
    }

    /// <summary>The property of a JSON object or of a coerced input object (which echo fields hand back as values).</summary>
    private static object? ReadProperty(object? parent, string name) => parent switch
    {
        IReadOnlyDictionary<string, object?> ro => ro.TryGetValue(name, out var v) ? v : null,
        IDictionary<string, object?> rw => rw.TryGetValue(name, out var v) ? v : null,
        IDictionary legacy => legacy.Contains(name) ? legacy[name] : null,
        _ => null,
    };

    private static void CollectKeys(object value, string prefix, List<string> keys)
    {
        foreach (var (key, inner) in Entries(value))
        {
            keys.Add(prefix + key);
            if (inner is null || inner is string) continue;
            if (IsObject(inner))
            {
                CollectKeys(inner, prefix + key + ".", keys);
            }
            else if (inner is IEnumerable items)
            {
                var i = 0;
                foreach (var item in items)
                {
                    if (item is not null && IsObject(item)) CollectKeys(item, $"{prefix}{key}.{i}.", keys);
                    i++;
                }
            }
        }
    }

    private static bool IsObject(object value) =>
        value is IReadOnlyDictionary<string, object?> || value is IDictionary<string, object?> || value is IDictionary;

    private static List<KeyValuePair<string, object?>> Entries(object value)
    {
        var list = new List<KeyValuePair<string, object?>>();
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> ro:
                list.AddRange(ro);
                break;
            case IDictionary<string, object?> rw:
                list.AddRange(rw);
                break;
            case IDictionary legacy:
                foreach (DictionaryEntry e in legacy) list.Add(new KeyValuePair<string, object?>((string)e.Key, e.Value));
                break;
        }

        return list;
    }

    /// <summary>
    /// A JSON value as the transport hands it to the engine (see <see cref="ScalarType"/>): null,
    /// string, bool, int / long / double, <c>List&lt;object?&gt;</c> or <c>Dictionary&lt;string, object?&gt;</c>
    /// (which are read-only lists and dictionaries too).
    /// </summary>
    public static object? FromJson(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj:
            {
                var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, value) in obj) dict[key] = FromJson(value);
                return dict;
            }

            case JsonArray array:
            {
                var list = new List<object?>(array.Count);
                foreach (var item in array) list.Add(FromJson(item));
                return list;
            }

            default:
            {
                var element = node.GetValue<JsonElement>();
                switch (element.ValueKind)
                {
                    case JsonValueKind.String: return element.GetString();
                    case JsonValueKind.True: return true;
                    case JsonValueKind.False: return false;
                    case JsonValueKind.Number:
                        if (element.TryGetInt32(out var i)) return i;
                        if (element.TryGetInt64(out var l)) return l;
                        if (element.TryGetDouble(out var d)) return d;

                        // Beyond a double (1e999): an infinity, as the transport's JsonInputConverter and JSON.parse read it.
                        return element.GetRawText()[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
                    default: return null;
                }
            }
        }
    }

    /// <summary>data.json as the root value.</summary>
    public static IReadOnlyDictionary<string, object?> LoadData() =>
        (Dictionary<string, object?>)FromJson(JsonNode.Parse(File.ReadAllText(ConformanceCorpus.DataPath)))!;
}
