using System.Linq.Expressions;

namespace GraphQL.Data.Filtering;

/// <summary>
/// <c>startsWith</c> on strings: <c>string.StartsWith(value)</c>, which EF Core translates to <c>LIKE</c> (with the
/// pattern's wildcards escaped) or <c>strpos</c>; a null column does not match.
/// </summary>
public sealed class StringStartsWithHandler : FilterOperationHandler
{
    private static readonly System.Reflection.MethodInfo s_method = typeof(string).GetMethod(nameof(string.StartsWith), new[] { typeof(string) })!;

    public static readonly StringStartsWithHandler Instance = new();

    private StringStartsWithHandler() : base("startsWith") { }

    public override Expression Build(Expression member, object value) =>
        Expression.AndAlso(
            Expression.NotEqual(member, Expression.Constant(null, typeof(string))),
            Expression.Call(member, s_method, Operand(member, value)));
}

/// <summary><c>nstartsWith</c>: not <c>startsWith</c> (a null column matches).</summary>
public sealed class StringNotStartsWithHandler : NegatedFilterOperationHandler
{
    public static readonly StringNotStartsWithHandler Instance = new();

    private StringNotStartsWithHandler() : base("nstartsWith", StringStartsWithHandler.Instance) { }
}
