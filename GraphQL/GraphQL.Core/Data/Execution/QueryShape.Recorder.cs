using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace GraphQL.Data.Execution;

internal sealed partial class QueryShape
{
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
}
