using System.Collections;
using System.Linq.Expressions;
using GraphQL.Relay;

namespace GraphQL.Data.Filtering;

/// <summary>
/// An operation of <c>IdOperationFilterInput</c> (<c>eq</c>, <c>neq</c>, <c>in</c>, <c>nin</c>): decodes
/// the global IDs a client received (<see cref="GlobalId"/>) into keys of the member's type, then
/// compares keys as <paramref name="inner"/> does. An ID of another type, or one this server did not
/// make, is an <c>INVALID_ID</c> error before anything reaches the database.
/// </summary>
internal sealed class GlobalIdHandler(FilterOperationHandler inner, string typeName) : FilterOperationHandler(inner.Name)
{
    public override bool TakesList => inner.TakesList;

    public override Expression Build(Expression member, object value)
    {
        if (value is string id) return inner.Build(member, GlobalIdFields.DecodeOne(id, typeName, member.Type));
        var keys = new List<object>();
        foreach (var item in (IEnumerable)value) keys.Add(GlobalIdFields.DecodeOne((string)item!, typeName, member.Type));
        return inner.Build(member, keys);
    }
}
