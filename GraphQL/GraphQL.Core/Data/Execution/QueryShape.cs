using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace GraphQL.Data.Execution;

/// <summary>
/// The shape of one EF Core query expression with its values lifted out, so that a query compiled once
/// (<see cref="CompiledQueryCache{T}"/>) serves every later expression of the same shape. EF Core does
/// the same per execution (its funcletizer lifts the values, then it hashes and compares the whole tree
/// against its query cache, ~140k instructions for a filtered, sorted page); here one preorder walk
/// compares the new tree with a flat list of steps and reads the values on the way.
/// <para>
/// Lifted like EF Core's funcletizer does (so the SQL and its parameter names stay EF's): reads of
/// captured values (<c>closure.field</c>, a <c>ValueBox</c>'s <c>Value</c>, static fields, with
/// conversions) and the counts of <c>Take</c>/<c>Skip</c>. Literal constants stay part of the shape.
/// Any other value EF Core would evaluate on the client (a method call or static property over no
/// lambda parameter) makes the shape unsupported: a compiled query would freeze its first value.
/// </para>
/// </summary>
internal sealed partial class QueryShape
{
    public const int MaxParameters = 14;

    private readonly Step[] _steps;
    private readonly Func<object?[], object?>[] _slots;
    private readonly int[] _slotParameters;
    private readonly int _captures;

    private QueryShape(Step[] steps, Func<object?[], object?>[] slots, int[] slotParameters, int captures, Expression body, ParameterExpression[] parameters)
    {
        _steps = steps;
        _slots = slots;
        _slotParameters = slotParameters;
        _captures = captures;
        Body = body;
        Parameters = parameters;
    }

    /// <summary>The query with each lifted value replaced by one of <see cref="Parameters"/> and the query roots detached from their context.</summary>
    public Expression Body { get; }

    /// <summary>One parameter per distinct lifted value, named as EF Core names its SQL parameters.</summary>
    public ParameterExpression[] Parameters { get; }

    /// <summary>The shape of <paramref name="query"/>, or null when it holds something a compiled query cannot reproduce.</summary>
    public static QueryShape? Create(Expression query)
    {
        var recorder = new Recorder();
        var body = recorder.Record(query);
        // EF Core's compiled queries take at most 15 values besides the context (14 with a cancellation token).
        if (body is null || recorder.Failed || recorder.Parameters.Count > MaxParameters) return null;
        var slots = recorder.Slots.ConvertAll(s => Expression.Lambda<Func<object?[], object?>>(Expression.Convert(s, typeof(object)), recorder.CaptureArray).Compile());
        return new QueryShape(recorder.Steps.ToArray(), slots.ToArray(), recorder.SlotParameters.ToArray(), recorder.CaptureCount, body, recorder.Parameters.ToArray());
    }

    /// <summary>The values of <see cref="Parameters"/> for <paramref name="query"/>, or null when its shape differs.</summary>
    public object?[]? Match(Expression query)
    {
        var matcher = new Matcher(_steps, _captures);
        if (!matcher.Visit(query) || matcher.Position != _steps.Length) return null;
        var values = new object?[Parameters.Length];
        var set = 0UL;
        for (var i = 0; i < _slots.Length; i++)
        {
            var value = _slots[i](matcher.Captures);
            var parameter = _slotParameters[i];
            // One tree node used twice became one parameter; a tree with two different values there is another shape.
            if ((set & (1UL << parameter)) != 0)
            {
                if (!Equals(values[parameter], value)) return null;
                continue;
            }

            set |= 1UL << parameter;
            values[parameter] = value;
        }

        return values;
    }

    private enum Code : byte
    {
        Node,
        Constant,
        Parameter,
        Lambda,
        Slot,
        Capture,
        Root,
        Bindings,
    }

    /// <summary>One node of the shape: what it is, its type, and what identifies it (member, method, constant value, parameter index).</summary>
    private readonly record struct Step(Code Code, ExpressionType Kind, Type? Type, object? Payload, int Number);

    private enum Value
    {
        /// <summary>Depends on a lambda parameter or a query root: EF Core translates it.</summary>
        Dependent,

        /// <summary>Literal constants only: EF Core inlines them, and so does the compiled query.</summary>
        Pure,

        /// <summary>A read of captured values: lifted into a parameter.</summary>
        Captured,

        /// <summary>A captured object itself (the constant under <c>closure.field</c>).</summary>
        Object,

        /// <summary>Something EF Core would evaluate per execution that a compiled query would freeze.</summary>
        Unsupported,
    }

    private static readonly PropertyInfo s_functions = typeof(EF).GetProperty(nameof(EF.Functions))!;

    /// <summary>What EF Core's funcletizer would make of <paramref name="node"/> (see the class summary).</summary>
    private static Value Classify(Expression? node, List<ParameterExpression> scope)
    {
        switch (node)
        {
            case null:
                return Value.Pure;
            case ParameterExpression:
                return Value.Dependent;
            case ConstantExpression constant:
                return constant.Value is null || IsLiteral(constant.Type) ? Value.Pure : Value.Object;
            case QueryRootExpression:
                return Value.Dependent;
            case LambdaExpression:
                return Value.Dependent;
            case MemberExpression member when member.Member == s_functions:
                return Value.Dependent;
            case MemberExpression { Expression: null } member:
                return member.Member is FieldInfo { IsLiteral: false } ? Value.Captured : Value.Unsupported;
            case MemberExpression member:
                return Classify(member.Expression, scope) switch
                {
                    Value.Dependent => Value.Dependent,
                    Value.Object or Value.Captured => Value.Captured,
                    _ => Value.Unsupported,
                };
            case UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked or ExpressionType.TypeAs, Method: null } unary:
                var operand = Classify(unary.Operand, scope);
                return operand == Value.Object ? Value.Unsupported : operand;
            case UnaryExpression { NodeType: ExpressionType.Quote }:
                return Value.Dependent;
            case DefaultExpression:
                return Value.Pure;
        }

        // Any other node is translated when a child depends on a parameter; over values only, EF Core
        // would evaluate it on the client.
        var children = Children(node);
        if (children is null) return Value.Unsupported;
        var result = Value.Unsupported;
        var allPure = true;
        foreach (var child in children)
        {
            var value = Classify(child, scope);
            if (value == Value.Dependent) result = Value.Dependent;
            else if (value != Value.Pure) allPure = false;
        }

        if (result == Value.Dependent) return Value.Dependent;
        // Operators and constructions over literals become the same constants on both paths (a projection's
        // `new Product { … }` starts with one); a method call over literals might not be deterministic.
        return allPure && node is UnaryExpression or BinaryExpression or ConditionalExpression or NewExpression or NewArrayExpression
            ? Value.Pure
            : Value.Unsupported;
    }

    private static bool IsLiteral(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
            || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(TimeSpan);
    }

    /// <summary>The children of the node kinds a shape can hold, in the order both walkers visit them; null for any other kind.</summary>
    private static IEnumerable<Expression?>? Children(Expression node) => node switch
    {
        BinaryExpression { Conversion: null } binary => [binary.Left, binary.Right],
        UnaryExpression unary => [unary.Operand],
        MethodCallExpression call => call.Object is null ? call.Arguments : call.Arguments.Prepend(call.Object),
        ConditionalExpression conditional => [conditional.Test, conditional.IfTrue, conditional.IfFalse],
        NewExpression create => create.Arguments,
        NewArrayExpression array => array.Expressions,
        TypeBinaryExpression test => [test.Expression],
        MemberInitExpression init when init.Bindings.All(b => b is MemberAssignment) =>
            init.Bindings.Select(b => ((MemberAssignment)b).Expression).Prepend(init.NewExpression),
        _ => null,
    };

    private static bool IsSkipOrTake(MethodCallExpression call) =>
        call.Method.DeclaringType == typeof(Queryable) && call.Method.Name is nameof(Queryable.Take) or nameof(Queryable.Skip)
        && call.Arguments[1] is ConstantExpression { Value: int };

    private static readonly object s_liftedToNull = new();

    /// <summary>What besides kind, type and children tells two nodes apart.</summary>
    private static object? Identity(Expression node) => node switch
    {
        BinaryExpression binary => binary.IsLiftedToNull ? (object?)binary.Method ?? s_liftedToNull : binary.Method,
        UnaryExpression unary => unary.Method,
        MethodCallExpression call => call.Method,
        NewExpression create => create.Constructor,
        MemberInitExpression init => init.NewExpression.Constructor,
        TypeBinaryExpression test => test.TypeOperand,
        _ => null,
    };

    private static Expression Rebuild(Expression node, Expression?[] children) => node switch
    {
        BinaryExpression binary => binary.Update(children[0]!, null, children[1]!),
        UnaryExpression unary => unary.Update(children[0]!),
        MethodCallExpression call => call.Object is null ? call.Update(null, children!) : call.Update(children[0], children.Skip(1)!),
        ConditionalExpression conditional => conditional.Update(children[0]!, children[1]!, children[2]!),
        NewExpression create => create.Update(children!),
        NewArrayExpression array => array.Update(children!),
        TypeBinaryExpression test => test.Update(children[0]!),
        MemberInitExpression init => init.Update(
            (NewExpression)children[0]!, init.Bindings.Select((b, i) => (MemberBinding)((MemberAssignment)b).Update(children[i + 1]!))),
        _ => throw new InvalidOperationException("Unexpected node " + node.NodeType + "."),
    };
}
