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
internal sealed class QueryShape
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

    /// <summary>Walks a template tree once: records the steps, lifts the values, and rewrites the tree for the compiled query.</summary>
    private sealed class Recorder
    {
        private readonly List<ParameterExpression> _scope = [];
        private readonly Dictionary<Expression, int> _lifted = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<string> _names = [];

        public List<Step> Steps { get; } = [];
        public List<Expression> Slots { get; } = [];
        public List<int> SlotParameters { get; } = [];
        public List<ParameterExpression> Parameters { get; } = [];
        public ParameterExpression CaptureArray { get; } = Expression.Parameter(typeof(object[]), "captures");
        public int CaptureCount { get; private set; }

        /// <summary>The rewritten node, or null when the tree cannot be a shape.</summary>
        public Expression? Record(Expression? node)
        {
            if (node is null) return Fail();
            var value = Classify(node, _scope);
            if (value == Value.Unsupported || value == Value.Object) return Fail();
            if (value == Value.Captured)
            {
                // EF Core inlines a captured query or context into the tree; as a parameter it would not translate.
                return typeof(IQueryable).IsAssignableFrom(node.Type) || typeof(DbContext).IsAssignableFrom(node.Type) ? Fail() : Lift(node, NameOf(node));
            }

            return value == Value.Pure ? RecordPure(node) : RecordDependent(node);
        }

        private Expression? Fail()
        {
            Failed = true;
            return null;
        }

        public bool Failed { get; private set; }

        private Expression? RecordPure(Expression node)
        {
            if (node is ConstantExpression constant)
            {
                Steps.Add(new Step(Code.Constant, node.NodeType, node.Type, constant.Value, 0));
                return node;
            }

            return RecordDependent(node);
        }

        private Expression? RecordDependent(Expression node)
        {
            switch (node)
            {
                case ParameterExpression parameter:
                    var index = _scope.LastIndexOf(parameter);
                    if (index < 0) return Fail();
                    Steps.Add(new Step(Code.Parameter, node.NodeType, node.Type, null, index));
                    return node;
                case LambdaExpression lambda:
                    Steps.Add(new Step(Code.Lambda, node.NodeType, node.Type, null, lambda.Parameters.Count));
                    _scope.AddRange(lambda.Parameters);
                    var body = Record(lambda.Body);
                    _scope.RemoveRange(_scope.Count - lambda.Parameters.Count, lambda.Parameters.Count);
                    return body is null || Failed ? null : Expression.Lambda(lambda.Type, body, lambda.Name, lambda.TailCall, lambda.Parameters);
                case QueryRootExpression root:
                    if (root is not EntityQueryRootExpression entity || root.GetType() != typeof(EntityQueryRootExpression)) return Fail();
                    Steps.Add(new Step(Code.Root, node.NodeType, node.Type, entity.EntityType, 0));
                    // The compiled query outlives the context this root came from.
                    return entity.DetachQueryProvider();
                case MemberExpression member:
                    Steps.Add(new Step(Code.Node, node.NodeType, node.Type, member.Member, 0));
                    if (member.Expression is null) return node;
                    var inner = Record(member.Expression);
                    return inner is null || Failed ? null : member.Update(inner);
                case DefaultExpression:
                    Steps.Add(new Step(Code.Node, node.NodeType, node.Type, null, 0));
                    return node;
                case MethodCallExpression call when IsSkipOrTake(call):
                    Steps.Add(new Step(Code.Node, node.NodeType, node.Type, call.Method, 0));
                    var source = Record(call.Arguments[0]);
                    var count = Lift(call.Arguments[1], "p");
                    return source is null || count is null || Failed ? null : call.Update(null, [source, count]);
            }

            var children = Children(node);
            if (children is null) return Fail();
            var list = children.ToList();
            Steps.Add(new Step(Code.Node, node.NodeType, node.Type, Identity(node), list.Count));
            if (node is MemberInitExpression init) Steps.Add(new Step(Code.Bindings, 0, null, init.Bindings.Select(b => b.Member).ToArray(), 0));
            var rewritten = new Expression?[list.Count];
            for (var i = 0; i < list.Count; i++)
            {
                rewritten[i] = Record(list[i]);
                if (Failed) return null;
            }

            return Rebuild(node, rewritten);
        }

        /// <summary>A lifted value: the slot's evaluator reads its captured objects from the capture array.</summary>
        private Expression? Lift(Expression node, string name)
        {
            if (_lifted.TryGetValue(node, out var existing))
            {
                Steps.Add(new Step(Code.Slot, node.NodeType, node.Type, null, Slots.Count));
                var again = RecordCaptures(node);
                if (again is null) return Fail();
                Slots.Add(again);
                SlotParameters.Add(existing);
                return Parameters[existing];
            }

            Steps.Add(new Step(Code.Slot, node.NodeType, node.Type, null, Slots.Count));
            var evaluator = RecordCaptures(node);
            if (evaluator is null) return Fail();
            var parameter = Expression.Parameter(node.Type, Unique(name));
            _lifted[node] = Parameters.Count;
            Slots.Add(evaluator);
            SlotParameters.Add(Parameters.Count);
            Parameters.Add(parameter);
            return parameter;
        }

        /// <summary>The steps of a lifted subtree (captured objects become captures), and its evaluator over the capture array.</summary>
        private Expression? RecordCaptures(Expression node)
        {
            switch (node)
            {
                case ConstantExpression constant:
                    Steps.Add(new Step(Code.Capture, node.NodeType, node.Type, null, CaptureCount));
                    return Expression.Convert(Expression.ArrayIndex(CaptureArray, Expression.Constant(CaptureCount++)), constant.Type);
                case MemberExpression member:
                    Steps.Add(new Step(Code.Node, node.NodeType, node.Type, member.Member, 0));
                    if (member.Expression is null) return node;
                    var inner = RecordCaptures(member.Expression);
                    return inner is null ? null : member.Update(inner);
                case UnaryExpression unary:
                    Steps.Add(new Step(Code.Node, node.NodeType, node.Type, null, 1));
                    var operand = RecordCaptures(unary.Operand);
                    return operand is null ? null : unary.Update(operand);
                default:
                    return null;
            }
        }

        /// <summary>EF Core names a parameter after the member it reads (<c>Value</c>), <c>p</c> for a count.</summary>
        private static string NameOf(Expression node)
        {
            while (node is UnaryExpression unary) node = unary.Operand;
            return node is MemberExpression member ? member.Member.Name : "p";
        }

        /// <summary>A name already taken gets the number of parameters before it as suffix, as EF Core's funcletizer does (<c>Value</c>, <c>Value1</c>, <c>p</c>, <c>p3</c>).</summary>
        private string Unique(string name)
        {
            if (_names.Add(name)) return name;
            for (var i = Parameters.Count; ; i++)
            {
                if (_names.Add(name + i)) return name + i;
            }
        }
    }

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

    /// <summary>Compares a new tree with the steps, collecting the captured objects of the lifted values. No allocation but the capture array.</summary>
    private struct Matcher
    {
        public const int MaxParameters = 14;

    private readonly Step[] _steps;
        private ParameterExpression[] _scope;
        private int _scopeCount;

        public Matcher(Step[] steps, int captures)
        {
            _steps = steps;
            _scope = [];
            Captures = captures == 0 ? [] : new object?[captures];
        }

        public object?[] Captures { get; }

        public int Position { get; private set; }

        public bool Visit(Expression? node)
        {
            if (Position >= _steps.Length) return false;
            var step = _steps[Position++];
            if (node is null) return false;
            if (step.Kind != node.NodeType || step.Type != node.Type) return false;
            switch (step.Code)
            {
                case Code.Constant:
                    return node is ConstantExpression constant && Same(step.Payload, constant.Value);
                case Code.Parameter:
                    return step.Number < _scopeCount && ReferenceEquals(_scope[step.Number], node);
                case Code.Lambda:
                    var lambda = (LambdaExpression)node;
                    var parameters = lambda.Parameters;
                    Push(parameters);
                    var matched = Visit(lambda.Body);
                    _scopeCount -= parameters.Count;
                    return matched;
                case Code.Root:
                    return node is EntityQueryRootExpression root && root.GetType() == typeof(EntityQueryRootExpression) && ReferenceEquals(root.EntityType, step.Payload);
                case Code.Slot:
                    return VisitCaptures(node);
                case Code.Node:
                    return VisitNode(node, step);
                default:
                    return false;
            }
        }

        private bool VisitNode(Expression node, Step step)
        {
            switch (node)
            {
                case MemberExpression member:
                    return Equals(member.Member, step.Payload) && (member.Expression is null || Visit(member.Expression));
                case MethodCallExpression call:
                    if (!Equals(call.Method, step.Payload)) return false;
                    if (call.Object is not null && !Visit(call.Object)) return false;
                    var arguments = call.Arguments;
                    for (var i = 0; i < arguments.Count; i++)
                    {
                        if (!Visit(arguments[i])) return false;
                    }

                    return true;
                case BinaryExpression binary:
                    return binary.Conversion is null && Equals(Identity(binary), step.Payload) && Visit(binary.Left) && Visit(binary.Right);
                case UnaryExpression unary:
                    return Equals(unary.Method, step.Payload) && Visit(unary.Operand);
                case ConditionalExpression conditional:
                    return Visit(conditional.Test) && Visit(conditional.IfTrue) && Visit(conditional.IfFalse);
                case NewExpression create:
                    return Equals(create.Constructor, step.Payload) && step.Number == create.Arguments.Count && VisitAll(create.Arguments);
                case NewArrayExpression array:
                    return step.Number == array.Expressions.Count && VisitAll(array.Expressions);
                case TypeBinaryExpression test:
                    return Equals(test.TypeOperand, step.Payload) && Visit(test.Expression);
                case DefaultExpression:
                    return true;
                case MemberInitExpression init:
                    if (!Equals(init.NewExpression.Constructor, step.Payload) || step.Number != init.Bindings.Count + 1) return false;
                    if (Position >= _steps.Length || _steps[Position++] is not { Code: Code.Bindings, Payload: MemberInfo[] members }) return false;
                    if (!Visit(init.NewExpression)) return false;
                    for (var i = 0; i < members.Length; i++)
                    {
                        if (init.Bindings[i] is not MemberAssignment assignment || !Equals(assignment.Member, members[i]) || !Visit(assignment.Expression)) return false;
                    }

                    return true;
                default:
                    return false;
            }
        }

        private bool VisitAll(IReadOnlyList<Expression> nodes)
        {
            for (var i = 0; i < nodes.Count; i++)
            {
                if (!Visit(nodes[i])) return false;
            }

            return true;
        }

        private bool VisitCaptures(Expression node)
        {
            if (Position >= _steps.Length) return false;
            var step = _steps[Position++];
            if (step.Kind != node.NodeType || step.Type != node.Type) return false;
            switch (step.Code)
            {
                case Code.Capture when node is ConstantExpression constant:
                    Captures[step.Number] = constant.Value;
                    return true;
                case Code.Node when node is MemberExpression member:
                    return Equals(member.Member, step.Payload) && (member.Expression is null || VisitCaptures(member.Expression));
                case Code.Node when node is UnaryExpression unary:
                    return unary.Method is null && VisitCaptures(unary.Operand);
                default:
                    return false;
            }
        }

        private void Push(IReadOnlyList<ParameterExpression> parameters)
        {
            if (_scopeCount + parameters.Count > _scope.Length) Array.Resize(ref _scope, Math.Max(8, (_scopeCount + parameters.Count) * 2));
            for (var i = 0; i < parameters.Count; i++) _scope[_scopeCount++] = parameters[i];
        }

        /// <summary>Literals as EF Core would print them: a decimal's scale is part of its text.</summary>
        private static bool Same(object? a, object? b) =>
            a is decimal x && b is decimal y ? x == y && x.Scale == y.Scale : Equals(a, b);
    }
}
