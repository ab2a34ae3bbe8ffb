using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Data.Execution;

namespace GraphQL.Data.Projection;

/// <summary>
/// Builds <c>x => new Product { Id = x.Id, Name = x.Name, Brand = x.Brand == null ? null : new Brand { … },
/// Variants = x.Variants.Select(v => new Variant { … }).ToList() }</c> from a <see cref="ProjectionTree"/>:
/// EF Core reads exactly those columns and joins, in one statement. Properties without a public setter
/// cannot be projected and are left out; types without a parameterless constructor are not projected.
/// </summary>
internal static class ProjectionExpressionBuilder
{
    public static Expression<Func<T, T>>? Build<T>(ProjectionTree tree)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var body = Init(parameter, tree);
        return body is null ? null : Expression.Lambda<Func<T, T>>(body, parameter);
    }

    private static Expression? Init(Expression source, ProjectionTree tree)
    {
        if (tree.Type.IsAbstract || tree.Type.GetConstructor(Type.EmptyTypes) is null) return null;
        var bindings = new List<MemberBinding>();
        foreach (var (property, child) in tree.Members)
        {
            if (property.SetMethod is not { IsPublic: true }) continue;
            var access = Expression.Property(source, property);
            if (child is null)
            {
                bindings.Add(Expression.Bind(property, access));
                continue;
            }

            if (EntityShape.GetElementType(property.PropertyType) is { } element)
            {
                if (Collection(access, property.PropertyType, element, child) is { } list) bindings.Add(Expression.Bind(property, list));
                continue;
            }

            if (Init(access, child) is not { } nested) continue;
            bindings.Add(Expression.Bind(property, Expression.Condition(
                Expression.Equal(access, Expression.Constant(null, property.PropertyType)), Expression.Constant(null, property.PropertyType), nested)));
        }

        return Expression.MemberInit(Expression.New(tree.Type), bindings);
    }

    private static Expression? Collection(Expression access, Type propertyType, Type element, ProjectionTree child)
    {
        var item = Expression.Parameter(element, "e");
        if (Init(item, child) is not { } init) return null;
        var select = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), new[] { element, element }, access, Expression.Lambda(init, item));
        if (propertyType.IsArray) return Expression.Call(typeof(Enumerable), nameof(Enumerable.ToArray), new[] { element }, select);
        var list = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), new[] { element }, select);
        return propertyType.IsAssignableFrom(list.Type) ? list : null;
    }

    /// <summary>The property chain of a sort key's selector (<c>x.Brand.Name</c> → Brand, Name), or null for other shapes.</summary>
    public static List<PropertyInfo>? PathOf(LambdaExpression selector)
    {
        var path = new List<PropertyInfo>();
        var current = selector.Body;
        while (current is MemberExpression { Member: PropertyInfo property } member)
        {
            path.Insert(0, property);
            current = member.Expression;
        }

        return current is ParameterExpression ? path : null;
    }
}
