using System.Collections;
using GraphQL.Execution.Coercion;
using GraphQL.Execution.Planning;
using GraphQL.Execution.Results;
using GraphQL.Types;

namespace GraphQL.Execution.Processing;

internal sealed partial class OperationRunner
{
    /// <summary>
    /// CompleteValue (spec §6.4.3): non-null checks, lists, leaf serialization, objects (their fields
    /// are enqueued) and abstract types. Writes into <paramref name="container"/> at <paramref name="index"/>;
    /// a null in a non-null position propagates to the nearest nullable parent.
    /// </summary>
    private void CompleteValue(FieldTask task, GraphQLType type, object? value, ResultNode container, int index)
    {
        var nonNull = type is NonNullType;
        var nullable = nonNull ? ((NonNullType)type).OfType : type;
        if (value is null)
        {
            if (nonNull)
            {
                AddError(task, $"Cannot return null for non-nullable field {task.ObjectType.Name}.{task.Plan.Field.Name}.",
                    ErrorCodes.InternalServerError, container, index);
                PropagateNull(container, index, true);
            }
            else
            {
                container.SetValue(index, null);
            }

            return;
        }

        // Objects and lists first: scalar fields rarely get here (CompleteFieldValue serializes them), and the sealed
        // types are one method-table comparison each where the abstract ScalarType needs the cast helper.
        switch (nullable)
        {
            case ObjectType objectType:
                if (objectType.IsOfType is { } isOfType && !isOfType(task, value))
                {
                    HandleFieldError(task, type,
                        new CompletionException($"Expected value of type \"{objectType.Name}\" but got: {Inspect.Value(value)}."), container, index);
                    return;
                }

                CompleteObject(task, objectType, value, container, index, nonNull);
                return;

            case ListType list:
                CompleteList(task, type, list, value, container, index, nonNull);
                return;

            case ScalarType scalar:
                object serialized;
                try
                {
                    serialized = scalar.Serialize(value);
                }
                catch (Exception ex)
                {
                    HandleFieldError(task, type, ex, container, index);
                    return;
                }

                container.SetValue(index, serialized);
                return;

            case EnumType enumType:
                var enumValue = enumType.GetValueByRuntimeValue(value);
                if (enumValue is null && value is string name) enumValue = enumType.GetValue(name);
                if (enumValue is null)
                {
                    HandleFieldError(task, type,
                        new CompletionException($"Enum \"{enumType.Name}\" cannot represent value: {Inspect.Value(value)}"), container, index);
                    return;
                }

                container.SetValue(index, enumValue.Name);
                return;

            default:
                var runtimeType = ResolveAbstractType(task, (NamedType)nullable, value, out var error);
                if (runtimeType is null)
                {
                    HandleFieldError(task, type, new CompletionException(error!), container, index);
                    return;
                }

                CompleteObject(task, runtimeType, value, container, index, nonNull);
                return;
        }
    }

    private void CompleteList(FieldTask task, GraphQLType type, ListType list, object value, ResultNode container, int index, bool nonNull)
    {
        if (value is string || value is not IEnumerable enumerable)
        {
            HandleFieldError(task, type,
                new CompletionException($"Expected Iterable, but did not find one for field \"{task.ObjectType.Name}.{task.Plan.Field.Name}\"."),
                container, index);
            return;
        }

        var itemType = list.OfType;
        if (value is object?[] array)
        {
            // An array of any reference type (covariance): read directly, not through IList's boxed indexer.
            var items = new ResultList(array.Length, container, index, nonNull);
            container.SetValue(index, items);
            for (var i = 0; i < array.Length && !items.IsDiscarded; i++)
            {
                CompleteValue(task, itemType, array[i], items, i);
            }

            return;
        }

        if (value is not IList && value is IReadOnlyList<object?> readOnly)
        {
            // Covariance lets a list of any reference type (ArraySegment<T>, ImmutableArray<T>, …) be read in
            // place, without copying it into a List<object?> first.
            var segment = new ResultList(readOnly.Count, container, index, nonNull);
            container.SetValue(index, segment);
            for (var i = 0; i < segment.Count && !segment.IsDiscarded; i++)
            {
                CompleteValue(task, itemType, readOnly[i], segment, i);
            }

            return;
        }

        IList values = value as IList ?? Materialize(enumerable);
        var result = new ResultList(values.Count, container, index, nonNull);
        container.SetValue(index, result);
        for (var i = 0; i < values.Count && !result.IsDiscarded; i++)
        {
            CompleteValue(task, itemType, values[i], result, i);
        }
    }

    private static List<object?> Materialize(IEnumerable enumerable)
    {
        var items = new List<object?>();
        foreach (var item in enumerable) items.Add(item);
        return items;
    }

    /// <summary>
    /// CompleteValue for objects: a map for the collected sub-fields (spec §6.4.3 CollectSubfields).
    /// Synchronous fields run right away, depth-first (as graphql-js runs synchronous resolvers);
    /// fields with an asynchronous resolver are queued so they start together and batch their loads.
    /// </summary>
    private void CompleteObject(FieldTask task, ObjectType type, object value, ResultNode container, int index, bool nonNull)
    {
        var selection = task.Plan.GetSubSelection(type);
        var map = new ResultMap(selection, container, index, nonNull);
        container.SetValue(index, map);
        var fields = selection.Fields;
        var leavesInline = !_context.IsSubscriptionEvent || !ReferenceEquals(type, _context.Schema.SubscriptionType);
        for (var i = 0; i < fields.Length && !map.IsDiscarded; i++)
        {
            var field = fields[i];
            if (field.IsDefaultLeaf && leavesInline)
            {
                if (!TryCompleteDefaultLeaf(field, type, value, map, i)) CompleteField(Rent(field, type, value, map, i), null);
            }
            else if (field.IsPureLeaf) ExecutePureLeaf(field, type, value, map, i);
            else if (field.Kind == FieldKind.TypeName) map.SetValue(i, type.Name);
            else if (field.RunsInline) ExecuteField(Rent(field, type, value, map, i));
            else Enqueue(field, type, value, map, i);
        }
    }

    /// <summary>ResolveAbstractType (spec §6.4.3): the type's ResolveType, else <c>__typename</c> of a map, else IsOfType/RuntimeType.</summary>
    private ObjectType? ResolveAbstractType(FieldTask task, NamedType abstractType, object value, out string? error)
    {
        var schema = _context.Schema;
        var resolveType = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };

        ObjectType? runtimeType = null;
        string? runtimeTypeName = null;
        if (resolveType is not null)
        {
            runtimeType = resolveType(task, value);
            runtimeTypeName = runtimeType?.Name;
        }
        else if (value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("__typename", out var typename) && typename is string s)
        {
            runtimeTypeName = s;
            runtimeType = schema.GetType(s) as ObjectType;
        }
        else
        {
            var possibleTypes = schema.GetPossibleTypes(abstractType);
            for (var i = 0; i < possibleTypes.Count; i++)
            {
                var candidate = possibleTypes[i];
                var matches = candidate.IsOfType is { } isOfType
                    ? isOfType(task, value)
                    : candidate.RuntimeType is { } clr && clr.IsInstanceOfType(value);
                if (matches)
                {
                    runtimeType = candidate;
                    runtimeTypeName = candidate.Name;
                    break;
                }
            }
        }

        if (runtimeTypeName is null)
        {
            error = $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{task.ObjectType.Name}.{task.Plan.Field.Name}\". "
                    + $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.";
            return null;
        }

        if (runtimeType is null || !ReferenceEquals(schema.GetType(runtimeTypeName), runtimeType))
        {
            error = $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{runtimeTypeName}\" that does not exist inside the schema.";
            return null;
        }

        if (!schema.IsSubType(abstractType, runtimeType))
        {
            error = $"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".";
            return null;
        }

        error = null;
        return runtimeType;
    }
}
