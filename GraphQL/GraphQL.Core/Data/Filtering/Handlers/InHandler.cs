using System.Collections;
using System.Linq.Expressions;
using GraphQL.Data.Execution;

namespace GraphQL.Data.Filtering;

/// <summary>
/// <c>in</c>: the member is one of the values. The values become one typed array parameter
/// (PostgreSQL <c>= ANY(@p)</c>), so the statement text does not grow with the list.
/// </summary>
public sealed class InHandler : FilterOperationHandler
{
    public static readonly InHandler Instance = new();

    private InHandler() : base("in") { }

    public override bool TakesList => true;

    public override Expression Build(Expression member, object value)
    {
        var items = (IEnumerable)value;
        var values = new List<object?>();
        foreach (var item in items) values.Add(ExpressionValues.Convert(item, member.Type));
        var array = Array.CreateInstance(member.Type, values.Count);
        for (var i = 0; i < values.Count; i++) array.SetValue(values[i], i);
        var contains = EnumerableMethods.Contains(member.Type);
        return Expression.Call(contains, ExpressionValues.Parameter(array, array.GetType()), member);
    }
}

/// <summary><c>nin</c>: the member is none of the values.</summary>
public sealed class NotInHandler : NegatedFilterOperationHandler
{
    public static readonly NotInHandler Instance = new();

    private NotInHandler() : base("nin", InHandler.Instance) { }
}
