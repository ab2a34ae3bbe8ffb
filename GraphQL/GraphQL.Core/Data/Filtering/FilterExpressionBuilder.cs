using System.Collections;
using System.Linq.Expressions;

namespace GraphQL.Data.Filtering;

/// <summary>
/// Turns a coerced <c>where</c> value (nested dictionaries) into an <c>Expression&lt;Func&lt;T, bool&gt;&gt;</c>:
/// fields of one object are joined with AND, <c>and</c>/<c>or</c> lists with AND/OR, nested objects
/// are guarded with <c>x.Nav != null</c>, list filters become <c>Any</c>/<c>All</c>. Enforces the depth and
/// <c>in</c>-size limits of <see cref="FilterOptions"/> before anything reaches the database.
/// </summary>
internal sealed class FilterExpressionBuilder
{
    private static readonly Expression s_true = Expression.Constant(true);
    private readonly FilterOptions _options;

    public FilterExpressionBuilder(FilterOptions options) => _options = options;

    public Expression<Func<T, bool>>? Build<T>(ObjectFilterTypeInfo info, IReadOnlyDictionary<string, object?> value)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var body = VisitObject(parameter, info, value, 1);
        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    public LambdaExpression? Build(Type entity, ObjectFilterTypeInfo info, IReadOnlyDictionary<string, object?> value)
    {
        var parameter = Expression.Parameter(entity, "x");
        var body = VisitObject(parameter, info, value, 1);
        return body is null ? null : Expression.Lambda(body, parameter);
    }

    private Expression? VisitObject(Expression instance, ObjectFilterTypeInfo info, IReadOnlyDictionary<string, object?> value, int depth)
    {
        CheckDepth(depth);
        Expression? result = null;
        foreach (var (name, fieldValue) in value)
        {
            Expression? part;
            switch (name)
            {
                case "and":
                    part = Combine(fieldValue, depth, item => VisitObject(instance, info, item, depth + 1), Expression.AndAlso);
                    break;
                case "or":
                    part = Combine(fieldValue, depth, item => VisitObject(instance, info, item, depth + 1), Expression.OrElse);
                    break;
                default:
                    if (fieldValue is null || !info.Members.TryGetValue(name, out var member)) continue;
                    part = VisitMember(Expression.Property(instance, member.Property), member.Type, fieldValue, depth + 1);
                    break;
            }

            result = And(result, part);
        }

        return result;
    }

    private Expression? VisitMember(Expression member, FilterTypeInfo type, object value, int depth)
    {
        var fields = (IReadOnlyDictionary<string, object?>)value;
        switch (type)
        {
            case OperationFilterTypeInfo operations:
                return VisitOperations(member, operations, fields, depth);
            case ObjectFilterTypeInfo nested:
                var inner = VisitObject(member, nested, fields, depth);
                if (inner is null) return null;

                // Navigations may be null in memory; EF Core turns the guard into the LEFT JOIN's key test.
                return member.Type.IsValueType ? inner : Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, member.Type)), inner);
            case ListFilterTypeInfo list:
                return VisitList(member, list, fields, depth);
            default:
                return null;
        }
    }

    private Expression? VisitOperations(Expression member, OperationFilterTypeInfo operations, IReadOnlyDictionary<string, object?> fields, int depth)
    {
        CheckDepth(depth);
        Expression? result = null;
        foreach (var (name, operand) in fields)
        {
            Expression? part;
            if (name == "and")
            {
                part = Combine(operand, depth, item => VisitOperations(member, operations, item, depth + 1), Expression.AndAlso);
            }
            else if (name == "or")
            {
                part = Combine(operand, depth, item => VisitOperations(member, operations, item, depth + 1), Expression.OrElse);
            }
            else if (!operations.Handlers.TryGetValue(name, out var handler))
            {
                continue;
            }
            else if (operand is null)
            {
                part = NullComparison(member, name);
            }
            else
            {
                if (handler.TakesList) CheckInSize(name, (ICollection)operand);
                part = handler.Build(member, operand);
            }

            result = And(result, part);
        }

        return result;
    }

    /// <summary><c>eq: null</c> is <c>IS NULL</c>, <c>neq: null</c> is <c>IS NOT NULL</c>; other operations ignore a null operand.</summary>
    private static Expression? NullComparison(Expression member, string operation)
    {
        var nullable = !member.Type.IsValueType || Nullable.GetUnderlyingType(member.Type) is not null;
        return operation switch
        {
            "eq" => nullable ? Expression.Equal(member, Expression.Constant(null, member.Type)) : Expression.Constant(false),
            "neq" => nullable ? Expression.NotEqual(member, Expression.Constant(null, member.Type)) : s_true,
            _ => null,
        };
    }

    private Expression? VisitList(Expression member, ListFilterTypeInfo list, IReadOnlyDictionary<string, object?> fields, int depth)
    {
        CheckDepth(depth);
        Expression? result = null;
        foreach (var (name, operand) in fields)
        {
            if (operand is null) continue;
            Expression? part;
            if (name == "any")
            {
                var any = Call(nameof(Enumerable.Any), list.ElementType, member, null);
                part = (bool)operand ? any : Expression.Not(any);
            }
            else
            {
                var element = Expression.Parameter(list.ElementType, "e");
                var body = VisitMember(element, list.Element, operand, depth + 1) ?? s_true;
                var predicate = Expression.Lambda(body, element);
                part = name switch
                {
                    "some" => Call(nameof(Enumerable.Any), list.ElementType, member, predicate),
                    "none" => Expression.Not(Call(nameof(Enumerable.Any), list.ElementType, member, predicate)),
                    "all" => Call(nameof(Enumerable.All), list.ElementType, member, predicate),
                    _ => null,
                };
            }

            result = And(result, part);
        }

        return result;
    }

    private static Expression Call(string method, Type element, Expression source, LambdaExpression? predicate)
    {
        var generic = Execution.EnumerableMethods.Get(method, element, predicate is not null);
        return predicate is null ? Expression.Call(generic, source) : Expression.Call(generic, source, predicate);
    }

    private Expression? Combine(
        object? list, int depth, Func<IReadOnlyDictionary<string, object?>, Expression?> visit, Func<Expression, Expression, BinaryExpression> join)
    {
        if (list is not IEnumerable items) return null;
        CheckDepth(depth + 1);
        Expression? result = null;
        foreach (var item in items)
        {
            if (item is not IReadOnlyDictionary<string, object?> map) continue;
            var part = visit(map) ?? s_true;
            result = result is null ? part : join(result, part);
        }

        return result;
    }

    private static Expression? And(Expression? left, Expression? right) =>
        left is null ? right : right is null ? left : Expression.AndAlso(left, right);

    private void CheckDepth(int depth)
    {
        if (depth > _options.MaxDepth) DataThrow.FilterTooDeep(_options.MaxDepth);
    }

    private void CheckInSize(string operation, ICollection values)
    {
        if (values.Count > _options.MaxInListSize) DataThrow.InTooLarge(operation, values.Count, _options.MaxInListSize);
    }
}
