using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace GraphQL.Data.Execution;

internal sealed partial class QueryShape
{
    /// <summary>Compares a new tree with the steps, collecting the captured objects of the lifted values; it allocates only the capture array and a small parameter stack.</summary>
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
