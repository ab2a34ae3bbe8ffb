using System.Linq.Expressions;

namespace GraphQL.Data.Filtering;

/// <summary>
/// <c>endsWith</c> on strings: <c>string.EndsWith(value)</c>, which EF Core translates to <c>LIKE</c> (with the
/// pattern's wildcards escaped) or <c>strpos</c>; a null column does not match.
/// </summary>
public sealed class StringEndsWithHandler : FilterOperationHandler
{
    private static readonly System.Reflection.MethodInfo s_method = typeof(string).GetMethod(nameof(string.EndsWith), new[] { typeof(string) })!;

    public static readonly StringEndsWithHandler Instance = new();

    private StringEndsWithHandler() : base("endsWith") { }

    public override Expression Build(Expression member, object value) =>
        Expression.AndAlso(
            Expression.NotEqual(member, Expression.Constant(null, typeof(string))),
            Expression.Call(member, s_method, Operand(member, value)));
}

/// <summary><c>nendsWith</c>: not <c>endsWith</c> (a null column matches).</summary>
public sealed class StringNotEndsWithHandler : NegatedFilterOperationHandler
{
    public static readonly StringNotEndsWithHandler Instance = new();

    private StringNotEndsWithHandler() : base("nendsWith", StringEndsWithHandler.Instance) { }
}
